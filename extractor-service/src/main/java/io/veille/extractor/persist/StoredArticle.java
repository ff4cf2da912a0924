package io.veille.extractor.persist;

import io.veille.contracts.ExtractedArticle;

/** The outcome of storing an article and the event as stored, with the story it was placed in. */
public record StoredArticle(SaveOutcome outcome, ExtractedArticle article) {
}
