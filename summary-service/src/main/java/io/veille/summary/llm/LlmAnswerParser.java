package io.veille.summary.llm;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.ExtractiveDigestWriter;

/**
 * Reads the model's JSON answer into a bilingual digest. The output is untrusted like the input:
 * anything not of the expected shape is a MALFORMED failure, fact ids are resolved against the
 * article's facts (unknown ids are dropped), and the citation is ours, never the model's.
 */
public final class LlmAnswerParser {

    private static final int MAX_ITEMS = 8;
    private static final int MAX_TEXT_CHARS = 1_000;

    private final ObjectMapper json = EventJson.mapper();

    public Bilingual parse(String content, ExtractedArticle article) {
        JsonNode root;
        try {
            root = json.readTree(stripCodeFence(content));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw malformed("the answer is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed("the answer is not a JSON object");
        }
        return new Bilingual(text(root.get("fr"), "fr", article), text(root.get("en"), "en", article));
    }

    private static DigestText text(JsonNode node, String lang, ExtractedArticle article) {
        if (node == null || !node.isObject()) {
            throw malformed("no \"" + lang + "\" object");
        }
        String title = string(node.get("title"), lang + ".title");
        JsonNode items = node.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw malformed("no \"" + lang + ".items\"");
        }
        List<Digest.Citation> cite = List.of(ExtractiveDigestWriter.citation(article));
        List<Digest.Item> parsed = new ArrayList<>();
        for (JsonNode item : items) {
            if (parsed.size() >= MAX_ITEMS) {
                break;
            }
            String text = string(item.get("text"), lang + ".items[].text");
            parsed.add(new Digest.Item(text, cite, factsUsed(item.get("facts"), article)));
        }
        return new DigestText(title, parsed);
    }

    private static List<String> factsUsed(JsonNode ids, ExtractedArticle article) {
        List<String> used = new ArrayList<>();
        if (ids == null || !ids.isArray()) {
            return used;
        }
        for (JsonNode id : ids) {
            String s = id.asText("");
            if (s.matches("F\\d{1,4}")) {
                int index = Integer.parseInt(s.substring(1)) - 1;
                if (index >= 0 && index < article.facts().size()) {
                    used.add(article.facts().get(index).text());
                }
            }
        }
        return used;
    }

    private static String string(JsonNode node, String field) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw malformed("\"" + field + "\" is missing or not a string");
        }
        String text = node.asText().strip();
        return text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS) + "…";
    }

    // Some servers wrap JSON in a Markdown fence even when asked for JSON only.
    private static String stripCodeFence(String content) {
        if (content == null) {
            throw malformed("the answer is empty");
        }
        String s = content.strip();
        if (s.startsWith("```")) {
            int firstNewline = s.indexOf('\n');
            int lastFence = s.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return s.substring(firstNewline + 1, lastFence);
            }
        }
        return s;
    }

    private static LlmFailure malformed(String message) {
        return new LlmFailure(LlmFailure.Kind.MALFORMED, message, null);
    }
}
