package io.veille.summary.api;

import java.util.List;

/** A topic as a subscriber writes it (POST, PUT): at least one term or entity; sources and languages narrow it. */
public record TopicBody(String id, String labelFr, String labelEn, List<String> terms, List<String> entities, List<String> sources,
        List<String> languages) {

    static final String FIELDS = "id, labelFr, labelEn, terms, entities, sources, languages";
}
