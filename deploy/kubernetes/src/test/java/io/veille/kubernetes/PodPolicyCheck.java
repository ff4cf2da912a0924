package io.veille.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every Veille pod must have, whatever the overlay: non-root with a read-only root and a
 * writable /tmp, the three health probes on the management port, requests and limits, secrets
 * only by reference; and for every Deployment a PodDisruptionBudget and a ServiceMonitor.
 */
final class PodPolicyCheck {

    /** Names of variables that carry a secret: never a literal value in a manifest. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|API_KEYS_(ADMIN|READ)$).*");

    private PodPolicyCheck() {
    }

    /** @param managementPorts each service's management port (quarkus.management.port), by app.kubernetes.io/name */
    static List<String> problems(Manifests manifests, Map<String, Integer> managementPorts) {
        List<String> problems = new ArrayList<>();
        manifests.ofKind("Secret").forEach(secret -> problems.add(Manifests.describe(secret)
                + ": manifests reference Secrets, they never hold one (the operator creates them)"));
        manifests.ofKind("Deployment").forEach(deployment -> {
            String where = Manifests.describe(deployment);
            String app = deployment.path("metadata").path("labels").path("app.kubernetes.io/name").asText();
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
            for (JsonNode container : pod.path("containers")) {
                String c = where + " container " + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                if (!(podNonRoot || security.path("runAsNonRoot").asBoolean(false))) {
                    problems.add(c + ": runAsNonRoot is not set");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(c + ": the root filesystem is not read-only");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(c + ": allowPrivilegeEscalation is not false");
                }
                if (!tmpIsEmptyDir(pod, container)) {
                    problems.add(c + ": /tmp is not an emptyDir (Quarkus writes there)");
                }
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    JsonNode get = container.path(probe).path("httpGet");
                    if (!get.path("path").asText().startsWith("/q/health/")) {
                        problems.add(c + ": " + probe + " is not an HTTP GET of /q/health/*");
                    } else if (port(container, get.path("port")) != managementPorts.getOrDefault(app, -1)) {
                        problems.add(c + ": " + probe + " is not on the management port " + managementPorts.get(app));
                    }
                }
                JsonNode resources = container.path("resources");
                for (String needed : List.of("requests/cpu", "requests/memory", "limits/memory")) {
                    if (resources.at("/" + needed).isMissingNode()) {
                        problems.add(c + ": no " + needed.replace('/', '.'));
                    }
                }
                container.path("env").forEach(env -> {
                    if (SECRET_NAME.matcher(env.path("name").asText()).matches() && env.has("value")) {
                        problems.add(c + ": " + env.path("name").asText() + " has a value; secrets come from a secretKeyRef");
                    }
                });
            }
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            if (manifests.ofKind("PodDisruptionBudget").noneMatch(pdb -> selects(pdb.path("spec").path("selector"), labels))) {
                problems.add(where + ": no PodDisruptionBudget selects its pods");
            }
            boolean monitored = manifests.ofKind("Service")
                    .filter(service -> selects(service.path("spec"), labels))
                    .anyMatch(service -> manifests.ofKind("ServiceMonitor").anyMatch(monitor ->
                            selects(monitor.path("spec").path("selector"), service.path("metadata").path("labels"))
                                    && monitor.path("spec").path("endpoints").findValuesAsText("path").contains("/q/metrics")));
            if (!monitored) {
                problems.add(where + ": no ServiceMonitor scrapes /q/metrics of a Service of its pods");
            }
        });
        return problems;
    }

    private static boolean tmpIsEmptyDir(JsonNode pod, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if ("/tmp".equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A probe's port, by number or by the name of a container port. */
    private static int port(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        return -1;
    }

    /** Whether a selector (matchLabels, or a Service's plain selector) matches the labels. */
    private static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.has("matchLabels") ? selector.path("matchLabels") : selector.path("selector");
        if (!match.isObject() || match.isEmpty()) {
            return false;
        }
        for (var entry : match.properties()) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
