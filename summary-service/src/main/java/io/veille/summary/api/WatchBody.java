package io.veille.summary.api;

/**
 * A watch as a subscriber writes it (POST, PUT): a query (words, "phrases", -exclusions) or an
 * entity, optionally a source and a language; minStorySize 1 (the default) also matches single articles.
 */
public record WatchBody(String id, String label, String query, String entity, String source, String lang, Integer minStorySize) {

    static final String FIELDS = "id, label, query, entity, source, lang, minStorySize";
}
