package io.veille.extractor.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.veille.contracts.EventJson;
import io.veille.extractor.entity.Entity;
import io.veille.extractor.extraction.Extraction;
import io.veille.contracts.Fact;

/**
 * The one JSON shape of an extraction, shared by {@code ./veille extract}, {@code ./veille facts}
 * and {@code POST /api/v1/extract} so they can never drift apart:
 * {@code {file?, url, title, byline, siteName, text, lang, publishedAt, modifiedAt?, image?, section?, entities[{name, type,
 * aliases?, mentions[{start, end}]}], facts[{type, text, start, end, value?, valueEnd?, currency?, unit?, date?, dateEnd?, qualifier?,
 * speaker?, quote?}]}}. Absent values are left out; amounts are plain decimals (109000000000).
 */
public final class ExtractionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = EventJson.mapper();

    private ExtractionJson() {
    }

    /** The whole extraction; url is the page's canonical URL. */
    public static ObjectNode toJson(Extraction e) {
        return toJson(null, e.canonicalUrl(), e);
    }

    /** The whole extraction, with the file it came from (or null) and the URL to report (or null). */
    public static ObjectNode toJson(String file, String url, Extraction e) {
        ObjectNode o = NODES.objectNode();
        putIfSet(o, "file", file);
        putIfSet(o, "url", url != null ? url : e.canonicalUrl());
        putIfSet(o, "title", e.title());
        putIfSet(o, "byline", e.byline());
        putIfSet(o, "siteName", e.siteName());
        putIfSet(o, "text", e.text());
        putIfSet(o, "lang", e.lang());
        putIfSet(o, "publishedAt", e.publishedAt() == null ? null : e.publishedAt().toString());
        putIfSet(o, "modifiedAt", e.modifiedAt() == null ? null : e.modifiedAt().toString());
        putIfSet(o, "image", e.image());
        putIfSet(o, "section", e.section());
        o.set("entities", entities(e));
        o.set("facts", facts(e));
        return o;
    }

    /** What {@code ./veille facts} prints per line: the language, entities and facts of a text. */
    public static ObjectNode factsOnly(Extraction e) {
        ObjectNode o = NODES.objectNode();
        putIfSet(o, "lang", e.lang());
        o.set("entities", entities(e));
        o.set("facts", facts(e));
        return o;
    }

    /** One line of JSON, as the command lines print it. */
    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossibleForATree) {
            throw new IllegalStateException(impossibleForATree);
        }
    }

    public static ObjectNode error(String file, String message) {
        ObjectNode o = NODES.objectNode();
        putIfSet(o, "file", file);
        o.put("error", message);
        return o;
    }

    private static ArrayNode entities(Extraction e) {
        ArrayNode list = NODES.arrayNode();
        for (Entity entity : e.entities()) {
            ObjectNode o = list.addObject();
            o.put("name", entity.name());
            o.put("type", entity.type().name());
            if (!entity.aliases().isEmpty()) {
                ArrayNode aliases = o.putArray("aliases");
                entity.aliases().forEach(aliases::add);
            }
            ArrayNode mentions = o.putArray("mentions");
            entity.mentions().forEach(m -> mentions.addObject().put("start", m.start()).put("end", m.end()));
        }
        return list;
    }

    private static ArrayNode facts(Extraction e) {
        ArrayNode list = NODES.arrayNode();
        for (Fact f : e.facts()) {
            ObjectNode o = list.addObject();
            o.put("type", f.type().name());
            o.put("text", f.text());
            o.put("start", f.start());
            o.put("end", f.end());
            if (f.value() != null) {
                o.put("value", f.value());
            }
            if (f.valueEnd() != null) {
                o.put("valueEnd", f.valueEnd());
            }
            putIfSet(o, "currency", f.currency());
            putIfSet(o, "unit", f.unit());
            putIfSet(o, "date", f.date());
            putIfSet(o, "dateEnd", f.dateEnd());
            putIfSet(o, "qualifier", f.qualifier());
            putIfSet(o, "speaker", f.speaker());
            putIfSet(o, "quote", f.quote());
        }
        return list;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
