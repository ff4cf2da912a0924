package io.veille.extractor.persist;

import java.time.Instant;
import java.util.List;

/**
 * One entity across articles: the rows sharing a normalised name and a type.
 *
 * @param name     the spelling of its most recent article
 * @param key      the normalised name (lower case, no accents) that groups the rows
 * @param aliases  every other spelling and alias seen, sorted
 * @param lastSeen the newest publication date of its articles (their storage date when undated)
 */
public record EntitySummary(String name, String key, String type, List<String> aliases, long articles, long mentions,
        Instant lastSeen) {
}
