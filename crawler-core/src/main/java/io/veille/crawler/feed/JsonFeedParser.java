package io.veille.crawler.feed;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.Jsoup;

import io.veille.contracts.FeedItem;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org). A field of the wrong type fails the whole document with a
 * message naming it ({@code items[3].url must be a string, not a number}), so an operator sees what the site broke.
 */
public final class JsonFeedParser {

    private static final int MAX_SUMMARY_CHARS = 2000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // Deeply nested junk is refused before it can cost a stack.
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    public List<FeedEntry> parse(byte[] document) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new FeedParseException("not a JSON Feed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedParseException("not a JSON Feed: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("the document must be a JSON object, not " + kind(root));
        }
        String version = text(root, "version", "version");
        if (version == null || !version.startsWith("https://jsonfeed.org/version/")) {
            throw invalid("version must be https://jsonfeed.org/version/1.1 (got " + (version == null ? "nothing" : "'" + version + "'") + ")");
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw invalid("items must be an array, not " + kind(items));
        }
        List<String> feedAuthors = authors(root, "authors");
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "items[" + i + "]";
            if (!item.isObject()) {
                throw invalid(where + " must be an object, not " + kind(item));
            }
            String url = text(item, "url", where + ".url");
            if (url == null) {
                url = text(item, "external_url", where + ".external_url");
            }
            String id = item.has("id") && item.get("id").isNumber() ? item.get("id").asText() : text(item, "id", where + ".id");
            if (url == null && id != null && (id.startsWith("http://") || id.startsWith("https://"))) {
                url = id;
            }
            Instant published = date(item, "date_published", where);
            Instant modified = date(item, "date_modified", where);
            List<String> itemAuthors = authors(item, where + ".authors");
            String author = itemAuthors.isEmpty() ? (feedAuthors.isEmpty() ? null : feedAuthors.getFirst()) : itemAuthors.getFirst();
            FeedItem feedItem = new FeedItem(text(item, "title", where + ".title"), summary(item, where), published, author,
                    tags(item, where));
            if (url != null) {
                entries.add(new FeedEntry(url.strip(), feedItem, modified != null ? modified : published));
            }
        }
        return entries;
    }

    private static String summary(JsonNode item, String where) throws FeedParseException {
        String summary = text(item, "summary", where + ".summary");
        if (summary == null) {
            summary = text(item, "content_text", where + ".content_text");
        }
        if (summary == null) {
            String html = text(item, "content_html", where + ".content_html");
            summary = html == null ? null : Jsoup.parseBodyFragment(html).text();
        }
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String s = summary.strip();
        return s.length() <= MAX_SUMMARY_CHARS ? s : s.substring(0, MAX_SUMMARY_CHARS);
    }

    private static List<String> tags(JsonNode item, String where) throws FeedParseException {
        JsonNode tags = item.get("tags");
        if (tags == null || tags.isNull()) {
            return List.of();
        }
        if (!tags.isArray()) {
            throw invalid(where + ".tags must be an array of strings, not " + kind(tags));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).isTextual()) {
                throw invalid(where + ".tags[" + i + "] must be a string, not " + kind(tags.get(i)));
            }
            String t = tags.get(i).asText().strip();
            if (!t.isEmpty() && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** JSON Feed 1.1 {@code authors}, and 1.0's single {@code author}. */
    private static List<String> authors(JsonNode node, String where) throws FeedParseException {
        List<String> names = new ArrayList<>();
        JsonNode authors = node.get("authors");
        if (authors != null && !authors.isNull()) {
            if (!authors.isArray()) {
                throw invalid(where + " must be an array, not " + kind(authors));
            }
            for (int i = 0; i < authors.size(); i++) {
                JsonNode a = authors.get(i);
                if (!a.isObject()) {
                    throw invalid(where + "[" + i + "] must be an object, not " + kind(a));
                }
                String name = text(a, "name", where + "[" + i + "].name");
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        JsonNode author = node.get("author");
        if (names.isEmpty() && author != null && author.isObject()) {
            String name = text(author, "name", "author.name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static Instant date(JsonNode item, String field, String where) throws FeedParseException {
        String value = text(item, field, where + "." + field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(where + "." + field + " must be an RFC 3339 date such as 2025-02-09T18:30:00+01:00 (got '" + value + "')");
        }
    }

    private static String text(JsonNode node, String field, String where) throws FeedParseException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(where + " must be a string, not " + kind(value));
        }
        return value.asText();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }

    private static FeedParseException invalid(String message) {
        return new FeedParseException("not a valid JSON Feed: " + message, null);
    }
}
