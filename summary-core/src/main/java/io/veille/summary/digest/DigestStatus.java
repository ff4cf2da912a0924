package io.veille.summary.digest;

/** How a digest's text was checked; stored and published as the name. */
public enum DigestStatus {
    /** LLM text that passed the grounding check, or extractive text (grounded by construction). */
    VERIFIED,
    /** LLM text that failed a check and was fixed by one repair call. */
    REPAIRED,
    /** The extractive digest, published because the LLM failed or was not grounded. */
    FALLBACK
}
