package io.veille.summary.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema every provider constrains the answer with (response_format json_schema,
 * strict): both languages in one object, each a title and items citing fact ids. Plain maps and
 * lists in the order they are written, so each adapter sends the same schema in its own way.
 */
public final class DigestSchema {

    public static final String NAME = "bilingual_digest";

    private static final Map<String, Object> SCHEMA = build();

    private DigestSchema() {
    }

    /** The schema as nested, unmodifiable maps and lists (JSON Schema keywords as keys). */
    public static Map<String, Object> schema() {
        return SCHEMA;
    }

    private static Map<String, Object> build() {
        Map<String, Object> item = object(properties("text", string(), "facts", array(string())), "text", "facts");
        Map<String, Object> language = object(properties("title", string(), "items", array(item)), "title", "items");
        return object(properties("fr", language, "en", language), "fr", "en");
    }

    private static Map<String, Object> properties(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(k1, v1);
        properties.put(k2, v2);
        return Collections.unmodifiableMap(properties);
    }

    // Strict structured output wants every property required and no others allowed.
    private static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("properties", properties);
        object.put("required", List.of(required));
        object.put("additionalProperties", false);
        return Collections.unmodifiableMap(object);
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> array = new LinkedHashMap<>();
        array.put("type", "array");
        array.put("items", items);
        return Collections.unmodifiableMap(array);
    }

    private static Map<String, Object> string() {
        return Map.of("type", "string");
    }
}
