package io.veille.summary.api;

import java.time.Instant;
import java.util.List;

import io.veille.summary.persist.TopicWatchRepository.StoredTopic;

/** A stored topic; origin is config (seeded from veille.summary.topics.*) or api. */
public record TopicView(String id, String labelFr, String labelEn, List<String> terms, List<String> entities, List<String> sources,
        List<String> languages, String origin, Instant createdAt, Instant updatedAt) {

    static TopicView of(StoredTopic stored) {
        var t = stored.topic();
        return new TopicView(t.id(), t.labelFr(), t.labelEn(), t.terms(), t.entities(), t.sources(), t.languages(), stored.origin(),
                stored.createdAt(), stored.updatedAt());
    }
}
