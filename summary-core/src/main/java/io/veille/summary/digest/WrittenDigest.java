package io.veille.summary.digest;

/** What a {@link DigestWriter} produced, with who wrote it and how it was checked. */
public record WrittenDigest(Bilingual text, String provider, String model, DigestStatus status) {
}
