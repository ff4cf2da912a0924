package io.veille.summary.api;

import java.time.Instant;

import io.veille.summary.persist.TopicWatchRepository.StoredWatch;

/** A stored watch; digests it matches carry the tag watch:&lt;id&gt; (GET /api/v1/digests?watch=id). */
public record WatchView(String id, String label, String query, String entity, String source, String lang, int minStorySize,
        Instant createdAt, Instant updatedAt) {

    static WatchView of(StoredWatch stored) {
        var w = stored.watch();
        return new WatchView(w.id(), w.label(), w.query().text(), w.entity(), w.source(), w.lang(), w.minStorySize(),
                stored.createdAt(), stored.updatedAt());
    }
}
