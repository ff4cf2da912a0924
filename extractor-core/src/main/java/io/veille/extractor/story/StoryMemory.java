package io.veille.extractor.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where placed articles are remembered, so that {@link StoryClustering#place} can compare a new
 * article with its recent peers. The service keeps them in PostgreSQL, batch runs and tests in a
 * {@link StoryBook}. Placements must not interleave: an implementation shared by several writers
 * serialises them (the PostgreSQL one holds an advisory lock for the transaction).
 */
public interface StoryMemory {

    /** The story an article was already placed in, so that a replay keeps it. */
    Optional<String> storyOf(String articleId);

    /** The placed articles with an anchor day between {@code from} and {@code to}, inclusive. */
    List<StoryClustering.Member> anchoredBetween(LocalDate from, LocalDate to);

    /** Remembers where an article went. */
    void remember(String storyId, Fingerprint article);
}
