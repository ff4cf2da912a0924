package io.veille.extractor.story;

import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How alike two fingerprints are, from 0 to 1: a weighted Jaccard of their feature sets. Amounts
 * weigh most (two articles rarely state the same 109 billion by chance), then days, then entities,
 * each entity further weighted by its rarity (IDF) among recent articles, so "Emmanuel Macron"
 * counts for less than "Fluidstack".
 */
public final class Similarity {

    public static final double MONEY_WEIGHT = 3.0;
    public static final double DATE_WEIGHT = 2.0;
    public static final double ENTITY_WEIGHT = 1.0;

    private Similarity() {
    }

    /** @param idf the rarity weight of an entity feature (1 when nothing is known about it) */
    public static double score(Fingerprint a, Fingerprint b, ToDoubleFunction<String> idf) {
        double shared = 0;
        double all = 0;
        for (String f : a.features()) {
            double w = weight(f, idf);
            all += w;
            if (b.features().contains(f)) {
                shared += w;
            }
        }
        for (String f : b.features()) {
            if (!a.features().contains(f)) {
                all += weight(f, idf);
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /** Features both have; matching needs more than one, so a single shared name never makes a story. */
    public static int sharedCount(Fingerprint a, Fingerprint b) {
        Set<String> small = a.features().size() <= b.features().size() ? a.features() : b.features();
        Set<String> large = small == a.features() ? b.features() : a.features();
        return (int) small.stream().filter(large::contains).count();
    }

    static double weight(String feature, ToDoubleFunction<String> idf) {
        if (feature.startsWith(Fingerprint.MONEY)) {
            return MONEY_WEIGHT;
        }
        if (feature.startsWith(Fingerprint.DATE)) {
            return DATE_WEIGHT;
        }
        return ENTITY_WEIGHT * idf.applyAsDouble(feature);
    }
}
