package io.veille.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The article objects a page declares in JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}..., at the top level, in arrays or in {@code @graph}). Publishers' JSON-LD is
 * often sloppy (trailing commas, raw newlines in strings), so it is read leniently, and a block
 * that still does not parse is skipped: it never breaks the page.
 */
public final class JsonLd {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
            "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "ClaimReview", "WebPage");
    private static final int MAX_BLOCK_CHARS = 2_000_000;
    private static final int MAX_DEPTH = 6;

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLd() {
    }

    /** Article objects first (news before generic), then WebPage objects, in page order. */
    public static List<JsonNode> articles(Document doc) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                collect(LENIENT.readTree(json.strip()), articles, pages, 0);
            } catch (Exception brokenBlock) {
                // Broken JSON-LD: the other layers still describe the page.
            }
        }
        articles.addAll(pages);
        return articles;
    }

    /** Every object the page's JSON-LD declares at the top level, in arrays or in {@code @graph}, in page order. */
    public static List<JsonNode> objects(Document doc) {
        List<JsonNode> all = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            try {
                flatten(LENIENT.readTree(json.strip()), all, 0);
            } catch (Exception brokenBlock) {
                // Broken JSON-LD: the other layers still describe the page.
            }
        }
        return all;
    }

    private static void flatten(JsonNode node, List<JsonNode> all, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, all, depth + 1));
        } else if (node.isObject()) {
            all.add(node);
            flatten(node.get("@graph"), all, depth + 1);
        }
    }

    /** The objects whose {@code @type} is, or includes, this type. */
    public static List<JsonNode> ofType(List<JsonNode> objects, String type) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode o : objects) {
            JsonNode t = o.get("@type");
            boolean match = t != null && (t.isTextual() && t.asText().equals(type)
                    || t.isArray() && java.util.stream.StreamSupport.stream(t.spliterator(), false).anyMatch(x -> x.asText().equals(type)));
            if (match) {
                matching.add(o);
            }
        }
        return matching;
    }

    /** The first URL among these fields: a string, an object's url (or @id, or contentUrl), an array's first. */
    public static String url(List<JsonNode> objects, String field) {
        for (JsonNode o : objects) {
            String u = url(o.get(field), 0);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    private static String url(JsonNode node, int depth) {
        if (node == null || node.isNull() || depth > MAX_DEPTH) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : node.asText().strip();
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String u = url(n, depth + 1);
                if (u != null) {
                    return u;
                }
            }
            return null;
        }
        if (node.isObject()) {
            for (String key : new String[] {"url", "contentUrl", "@id"}) {
                String u = url(node.get(key), depth + 1);
                if (u != null && !u.startsWith("#")) {
                    return u;
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> articles, List<JsonNode> pages, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, articles, pages, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isType(node, "WebPage")) {
            pages.add(node);
        } else if (typeIn(node)) {
            articles.add(node);
        }
        collect(node.get("@graph"), articles, pages, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collect(main, articles, pages, depth + 1);
        }
    }

    private static boolean typeIn(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static boolean isType(JsonNode node, String wanted) {
        JsonNode type = node.get("@type");
        return type != null && type.isTextual() && type.asText().equals(wanted);
    }

    /**
     * The articles' authors by name. An author given only by reference ({"@id": ".../#/schema/person/…"},
     * as Yoast and other SEO plugins write it) is looked up among the page's objects.
     */
    public static String authors(List<JsonNode> articles, List<JsonNode> all) {
        for (JsonNode article : articles) {
            String names = text(resolved(article.get("author"), all));
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    private static JsonNode resolved(JsonNode node, List<JsonNode> all) {
        if (node != null && node.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> items.add(resolved(item, all)));
            return items;
        }
        if (node == null || !node.isObject() || node.hasNonNull("name") || !node.hasNonNull("@id")) {
            return node;
        }
        String id = node.get("@id").asText();
        for (JsonNode candidate : all) {
            if (candidate != node && candidate.hasNonNull("name") && id.equals(candidate.path("@id").asText())) {
                return candidate;
            }
        }
        return node;
    }

    /** The first non-blank text among these fields of these objects. */
    public static String text(List<JsonNode> objects, String field) {
        for (JsonNode o : objects) {
            String s = text(o.get(field));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** A string, or the name of an object, or the names of an array's items joined with ", ". */
    public static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText().isBlank() ? null : node.asText().strip();
        }
        if (node.isObject()) {
            JsonNode name = node.get("name");
            if (name == null) {
                name = node.get("@id");
            }
            return text(name);
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> {
                String s = text(n);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }
}
