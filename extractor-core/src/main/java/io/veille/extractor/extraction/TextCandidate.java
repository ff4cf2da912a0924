package io.veille.extractor.extraction;

import java.util.List;

/**
 * One strategy's reading of the article body: its paragraphs, and a score that says how much
 * the strategy trusts it (comparable across strategies: roughly the characters of prose found).
 */
record TextCandidate(String strategy, List<String> paragraphs, double score) {

    TextCandidate {
        paragraphs = List.copyOf(paragraphs);
    }

    int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }
}
