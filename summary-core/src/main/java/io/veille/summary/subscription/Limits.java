package io.veille.summary.subscription;

import java.util.List;

/** What a subscription may hold: every topic and watch is matched against every article, so each is bounded. */
public final class Limits {

    /** The languages articles are filtered on, the digests' own. */
    public static final List<String> LANGUAGES = List.of("fr", "en");
    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_QUERY_TERMS = 50;
    /** Terms, entities or sources of one topic. */
    public static final int MAX_LIST_SIZE = 100;
    /** One term, entity, source or label. */
    public static final int MAX_ITEM_CHARS = 200;
    public static final int MAX_STORY_SIZE = 1000;

    private Limits() {
    }

    /** @throws IllegalArgumentException naming the field when the language is not fr or en */
    public static String language(String field, String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException(field + ": unknown language '" + shown(lang) + "'; one of " + LANGUAGES);
        }
        return lang;
    }

    /** @return the text, stripped, or null when blank; too long is an IllegalArgumentException naming the field */
    public static String optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_ITEM_CHARS) {
            throw new IllegalArgumentException(field + " has " + text.length() + " characters; at most " + MAX_ITEM_CHARS);
        }
        return text.strip();
    }

    /** @return the non-blank items, stripped; too many or too long is an IllegalArgumentException naming the field */
    public static List<String> list(String field, List<String> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_LIST_SIZE) {
            throw new IllegalArgumentException(field + " has " + items.size() + " items; at most " + MAX_LIST_SIZE);
        }
        return items.stream().map(item -> optional(field + " item", item)).filter(item -> item != null).distinct().toList();
    }

    /** A value quoted in an error message, cut so a hostile one does not fill the answer. */
    static String shown(String value) {
        return value == null ? "null" : value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
