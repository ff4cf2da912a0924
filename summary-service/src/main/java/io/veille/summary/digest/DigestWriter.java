package io.veille.summary.digest;

import io.veille.contracts.ExtractedArticle;

/**
 * Writes the French and English digest of one article. Implementations never throw because a
 * model failed: they fall back to the extractive digest and say so in the status.
 */
public interface DigestWriter {

    WrittenDigest write(ExtractedArticle article);

    /** The configured provider, e.g. extractive or openai. */
    String provider();

    /** The configured model name. */
    String model();
}
