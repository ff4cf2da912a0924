package io.veille.crawler.source;

import java.util.List;

/** A source as an operator wrote it (YAML, configuration or the API), before validation: every field may be missing or wrong. */
public record SourceDefinition(String id, String feed, String language, String pollInterval, Boolean allowPrivate,
                               String kind, String maxAge, String backfill, String hostDelay, List<String> linkFilters,
                               List<String> deny, Boolean paused) {

    public SourceDefinition(String id, String feed, String language, String pollInterval, Boolean allowPrivate) {
        this(id, feed, language, pollInterval, allowPrivate, null, null, null, null, null, null, null);
    }
}
