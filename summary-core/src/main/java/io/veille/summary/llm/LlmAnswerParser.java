package io.veille.summary.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.ExtractiveDigestWriter;

/**
 * Reads the model's JSON answer into a bilingual digest. The output is untrusted like the input:
 * anything not of the expected shape is a MALFORMED failure, fact ids are resolved against the
 * prompt's facts (unknown ids are dropped), and the citations are ours, derived from the facts
 * used, never the model's.
 */
public final class LlmAnswerParser {

    private static final int MAX_ITEMS = 8;
    private static final int MAX_TEXT_CHARS = 1_000;

    private final ObjectMapper json = EventJson.mapper();

    public Bilingual parse(String content, ExtractedArticle article) {
        DigestSubject subject = DigestSubject.article(article);
        return parse(content, subject, new PromptFacts(subject, PromptBuilder.MAX_FACTS));
    }

    public Bilingual parse(String content, DigestSubject subject, PromptFacts facts) {
        JsonNode root;
        try {
            root = json.readTree(stripCodeFence(content));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw malformed("the answer is not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed("the answer is not a JSON object");
        }
        return new Bilingual(text(root.get("fr"), "fr", subject, facts), text(root.get("en"), "en", subject, facts));
    }

    private static DigestText text(JsonNode node, String lang, DigestSubject subject, PromptFacts facts) {
        if (node == null || !node.isObject()) {
            throw malformed("no \"" + lang + "\" object");
        }
        String title = string(node.get("title"), lang + ".title");
        JsonNode items = node.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw malformed("no \"" + lang + ".items\"");
        }
        List<Digest.Item> parsed = new ArrayList<>();
        for (JsonNode item : items) {
            if (parsed.size() >= MAX_ITEMS) {
                break;
            }
            String text = string(item.get("text"), lang + ".items[].text");
            List<PromptFacts.Numbered> used = factsUsed(item.get("facts"), facts);
            parsed.add(new Digest.Item(text, citations(used, subject), used.stream().map(f -> f.fact().text()).toList()));
        }
        return new DigestText(title, parsed);
    }

    /** Unknown ids are dropped: the model cannot cite what the prompt did not give it. */
    private static List<PromptFacts.Numbered> factsUsed(JsonNode ids, PromptFacts facts) {
        List<PromptFacts.Numbered> used = new ArrayList<>();
        if (ids == null || !ids.isArray()) {
            return used;
        }
        for (JsonNode id : ids) {
            facts.byId(id.asText("")).filter(f -> !used.contains(f)).ifPresent(used::add);
        }
        return used;
    }

    /** The articles whose facts the item uses; an item using none cites every article of the subject. */
    private static List<Digest.Citation> citations(List<PromptFacts.Numbered> used, DigestSubject subject) {
        Set<ExtractedArticle> cited = new LinkedHashSet<>();
        used.forEach(f -> cited.add(f.article()));
        List<ExtractedArticle> articles = cited.isEmpty() ? subject.articles()
                : subject.articles().stream().filter(cited::contains).toList();
        return ExtractiveDigestWriter.citations(articles);
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
