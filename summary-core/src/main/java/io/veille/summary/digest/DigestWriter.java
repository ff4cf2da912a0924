package io.veille.summary.digest;

import io.veille.contracts.ExtractedArticle;

/**
 * Writes the French and English digest of an article or a story. Implementations never throw
 * because a model failed: they fall back to the extractive digest and say so in the status.
 */
public interface DigestWriter {

    WrittenDigest write(DigestSubject subject);

    default WrittenDigest write(ExtractedArticle article) {
        return write(DigestSubject.article(article));
    }

    /** The configured provider, e.g. extractive or openai. */
    String provider();

    /** The configured model name. */
    String model();

    /** Whether a FALLBACK digest from this writer is worth writing again later (a model may be back). */
    default boolean retriesFallbacks() {
        return false;
    }

    /** Bumped when the prompt or the templates change, so that stored digests are rewritten. */
    default int generatorVersion() {
        return 1;
    }
}
