package io.veille.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every environment variable a Deployment gives a container (its env and the ConfigMaps of its
 * envFrom) is a setting that service reads: a misspelt name would otherwise be ignored in silence.
 */
final class SettingsCheck {

    private SettingsCheck() {
    }

    /** @param services the settings of each service, by its Deployment's app.kubernetes.io/name */
    static List<String> problems(Manifests manifests, Map<String, ServiceSettings> services) {
        List<String> problems = new ArrayList<>();
        manifests.ofKind("Deployment").forEach(deployment -> {
            String app = deployment.path("metadata").path("labels").path("app.kubernetes.io/name").asText();
            ServiceSettings settings = services.get(app);
            if (settings == null) {
                problems.add(Manifests.describe(deployment) + ": no service named " + app + " (label app.kubernetes.io/name)");
                return;
            }
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                for (String variable : variables(manifests, container, problems)) {
                    if (!settings.reads(variable)) {
                        problems.add(Manifests.describe(deployment) + ": " + variable
                                + " is not a setting of " + app + " (application.properties, @ConfigMapping)");
                    }
                }
            }
        });
        return problems;
    }

    private static List<String> variables(Manifests manifests, JsonNode container, List<String> problems) {
        List<String> names = new ArrayList<>();
        container.path("env").forEach(env -> names.add(env.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText();
            if (configMap.isEmpty()) {
                continue;
            }
            manifests.find("ConfigMap", configMap).ifPresentOrElse(
                    map -> map.path("data").fieldNames().forEachRemaining(names::add),
                    () -> problems.add("envFrom names ConfigMap " + configMap + ", which the overlay does not declare"));
        }
        return names;
    }
}
