package io.veille.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The core kinds (Deployment, Service, NetworkPolicy...) checked against the Kubernetes API's
 * schemas by npm kubernetes-models, run with Node (src/test/node/validate-core.mjs). The package
 * is installed by {@code npm ci} in deploy/kubernetes, which .ci/run and {@code ./veille test} do.
 */
final class CoreSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path moduleDir;

    CoreSchemas(Path moduleDir) {
        this.moduleDir = moduleDir;
        if (!Files.isDirectory(moduleDir.resolve("node_modules/kubernetes-models"))) {
            throw new IllegalStateException("npm kubernetes-models is not installed: run `npm ci` in " + moduleDir
                    + " (.ci/run and ./veille test do it)");
        }
    }

    /** One line per invalid object; an object of a kind kubernetes-models has no schema for is a problem too. */
    List<String> problems(List<ObjectNode> objects) {
        try {
            Process node = new ProcessBuilder("node", "src/test/node/validate-core.mjs")
                    .directory(moduleDir.toFile())
                    .start();
            try (var in = node.getOutputStream()) {
                in.write(JSON.writeValueAsBytes(objects));
            }
            byte[] out = node.getInputStream().readAllBytes();
            String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                node.destroyForcibly();
                throw new IllegalStateException("validate-core.mjs failed: " + err.strip());
            }
            List<String> problems = new ArrayList<>();
            for (JsonNode problem : JSON.readTree(out)) {
                problems.add(problem.path("kind").asText() + " " + problem.path("name").asText() + ": " + problem.path("error").asText());
            }
            return problems;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run node (Node.js 20 or newer is needed for the core schemas): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating core objects", e);
        }
    }
}
