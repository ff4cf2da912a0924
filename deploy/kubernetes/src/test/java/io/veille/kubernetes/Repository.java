package io.veille.kubernetes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where the manifests, the CRDs and the services are, and what the checks need to know of the services. */
final class Repository {

    static final Path HOME = Path.of(System.getProperty("veille.home", "../..")).toAbsolutePath().normalize();
    static final Path MODULE = HOME.resolve("deploy/kubernetes");
    static final Path CRDS = MODULE.resolve("crds");
    static final List<String> OVERLAYS = List.of("in-cluster", "existing-infra");

    /** Each Deployment's app.kubernetes.io/name and the module of the service it runs. */
    private static final Map<String, String> SERVICES = Map.of(
            "veille-crawler", "crawler-service",
            "veille-extractor", "extractor-service",
            "veille-summary", "summary-service");

    private static Map<String, ServiceSettings> settings;

    private Repository() {
    }

    static Path overlay(String name) {
        return MODULE.resolve("overlays").resolve(name);
    }

    static synchronized Map<String, ServiceSettings> settings() {
        if (settings == null) {
            Map<String, ServiceSettings> loaded = new LinkedHashMap<>();
            SERVICES.forEach((app, module) -> loaded.put(app, ServiceSettings.of(HOME, module, "service-support")));
            settings = loaded;
        }
        return settings;
    }

    static Map<String, Integer> managementPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        settings().forEach((app, s) -> ports.put(app, Integer.parseInt(s.property("quarkus.management.port").orElse("-1"))));
        return ports;
    }

    static Set<String> channelTopics() {
        Set<String> topics = new LinkedHashSet<>();
        settings().values().forEach(s -> topics.addAll(s.topics()));
        return topics;
    }
}
