package io.veille.crawler.source;

/** A source as an operator wrote it, before validation: every field may be missing or wrong. */
public record SourceDefinition(String id, String feed, String language, String pollInterval, Boolean allowPrivate) {
}
