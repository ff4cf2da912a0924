package io.veille.extractor.entity;

/** Where a text names an entity: offsets into the text, end exclusive. */
public record Mention(int start, int end) {
}
