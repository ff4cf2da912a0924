package io.veille.extractor.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What story matching knows of an article, in a form that does not depend on its language.
 *
 * @param features typed, normalised facts about the event: {@code money:109000000000 EUR},
 *                 {@code date:2025-02-10}, {@code entity:mistral ai}
 * @param anchors  the days the article is about: its publication day and the full dates it names
 *                 around it, so an article looking back at an event is placed at the event
 * @param simHash  SimHash of the text's shingles, or null when the text is too short to compare
 */
public record Fingerprint(
        String articleId,
        String lang,
        String title,
        Instant publishedAt,
        Long simHash,
        Set<String> features,
        NavigableSet<LocalDate> anchors) {

    public static final String MONEY = "money:";
    public static final String DATE = "date:";
    public static final String ENTITY = "entity:";

    public Fingerprint {
        features = Set.copyOf(features);
        anchors = Collections.unmodifiableNavigableSet(new TreeSet<>(anchors));
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("a fingerprint needs at least one anchor day");
        }
    }

    public LocalDate firstAnchor() {
        return anchors.first();
    }

    public LocalDate lastAnchor() {
        return anchors.last();
    }

    public List<String> sortedFeatures() {
        return features.stream().sorted().toList();
    }
}
