package io.veille.extractor.extraction;

/**
 * An extraction with how its body was found, for evaluation reports.
 *
 * @param strategy   the reading that gave the body ("json-ld", "dom", ...)
 * @param candidates each candidate's length in characters, "json-ld=0 dom=5321"
 */
public record ExtractionTrace(Extraction extraction, String strategy, String candidates) {
}
