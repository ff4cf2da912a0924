package io.veille.extractor.persist;

/** What saving an article did, so callers and metrics can tell a replay from new content. */
public enum SaveOutcome { CREATED, UPDATED, UNCHANGED }
