package io.veille.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OpenAPI v3 schemas of the CustomResourceDefinitions in deploy/kubernetes/crds, as JSON
 * Schemas. Stricter than the API server in one way on purpose: a field the schema does not name
 * is an error (the server would prune it silently, so a misspelt field would just do nothing).
 */
final class CrdSchemas {

    private final Map<String, JsonSchema> byApiVersionAndKind = new HashMap<>();

    private CrdSchemas() {
    }

    static CrdSchemas load(Path dir) {
        CrdSchemas schemas = new CrdSchemas();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> docs = Kustomize.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (docs.hasNext()) {
                        JsonNode crd = docs.next();
                        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                            continue;
                        }
                        String group = crd.path("spec").path("group").asText();
                        String kind = crd.path("spec").path("names").path("kind").asText();
                        for (JsonNode version : crd.path("spec").path("versions")) {
                            JsonNode schema = version.path("schema").path("openAPIV3Schema");
                            if (version.path("served").asBoolean(true) && schema.isObject()) {
                                schemas.byApiVersionAndKind.put(key(group + "/" + version.path("name").asText(), kind),
                                        factory.getSchema(strict(schema.deepCopy())));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CRDs in " + dir, e);
        }
        return schemas;
    }

    boolean covers(JsonNode object) {
        return byApiVersionAndKind.containsKey(key(object.path("apiVersion").asText(), object.path("kind").asText()));
    }

    /** What is wrong with a custom resource, empty when it matches its CRD. */
    Optional<List<String>> problems(JsonNode object) {
        JsonSchema schema = byApiVersionAndKind.get(key(object.path("apiVersion").asText(), object.path("kind").asText()));
        if (schema == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(Manifests.describe(object) + ": " + message.getMessage());
        }
        return Optional.of(problems);
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /**
     * Closes every object schema that lists its properties (unless it says it keeps unknown fields),
     * and drops the Kubernetes extensions and formats (int32, int-or-string...) a JSON Schema
     * validator does not know. The branches of oneOf/anyOf/allOf/not stay open: they name a few
     * fields to require, not every field the object may have.
     */
    static JsonNode strict(JsonNode schema) {
        tighten(schema, true);
        return schema;
    }

    private static void tighten(JsonNode schema, boolean close) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        boolean keepsUnknown = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.startsWith("x-kubernetes-") || name.equals("format")) {
                names.remove();
            }
        }
        if (node.get("properties") instanceof ObjectNode properties) {
            properties.forEach(property -> tighten(property, true));
            if (close && !node.has("additionalProperties") && !keepsUnknown) {
                node.put("additionalProperties", false);
            }
        }
        tighten(node.get("additionalProperties"), true);
        JsonNode items = node.get("items");
        if (items != null && items.isArray()) {
            items.forEach(item -> tighten(item, true));
        } else {
            tighten(items, true);
        }
        for (String branches : List.of("oneOf", "anyOf", "allOf")) {
            node.path(branches).forEach(branch -> tighten(branch, false));
        }
        tighten(node.get("not"), false);
    }
}
