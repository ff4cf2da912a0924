package io.veille.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * What a consumer of one topic accepts, checked in this order so that the reason names the first
 * thing wrong: JSON at all, a schemaVersion it reads, the topic's JSON Schema, then the record
 * type. The schema is loaded once per contract; {@link #read} is thread-safe.
 */
public final class EventContract<T> {

    public static final EventContract<RawArticle> RAW_ARTICLE =
            new EventContract<>(Topics.ARTICLES_RAW, RawArticle.class, RawArticle.SUPPORTED_VERSIONS);
    public static final EventContract<ExtractedArticle> EXTRACTED_ARTICLE =
            new EventContract<>(Topics.ARTICLES_EXTRACTED, ExtractedArticle.class, ExtractedArticle.SUPPORTED_VERSIONS);

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private final String topic;
    private final Class<T> type;
    private final SupportedVersions versions;
    private final JsonSchema schema;

    private EventContract(String topic, Class<T> type, SupportedVersions versions) {
        this.topic = topic;
        this.type = type;
        this.versions = versions;
        this.schema = load(topic);
    }

    public String topic() {
        return topic;
    }

    /**
     * @throws EventJson.MalformedEventException when the value is absent or not JSON of that shape
     * @throws ContractViolationException        when it is JSON outside the supported versions or the schema
     */
    public T read(String json) {
        if (json == null) {
            throw new EventJson.MalformedEventException("no value (tombstone) where a " + type.getSimpleName() + " was expected", null);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventJson.MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new EventJson.MalformedEventException("not a valid " + type.getSimpleName() + ": a JSON object was expected, found "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()), null);
        }
        JsonNode version = node.get("schemaVersion");
        if (version != null && version.isIntegralNumber() && !versions.contains(version.asInt())) {
            throw new ContractViolationException("schemaVersion " + version.asText() + " is not supported on " + topic
                    + " (this consumer reads " + versions.lowest() + " to " + versions.highest() + ")");
        }
        Set<ValidationMessage> violations = schema.validate(node);
        if (!violations.isEmpty()) {
            throw new ContractViolationException("does not match the " + topic + " schema: " + violations.stream()
                    .map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new EventJson.MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonSchema load(String topic) {
        String resource = "/schemas/" + topic + ".schema.json";
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH) // "$.entities[0].type" reads better in a dead-letter header than a pointer
                .build();
        try (InputStream in = EventContract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema at " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
