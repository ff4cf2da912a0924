package io.veille.extractor.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.veille.contracts.Fact;

/** Overlap resolution shared by the parsers: where two readings cover the same words, the longer one wins. */
final class Spans {

    private Spans() {
    }

    /** The facts that overlap no longer (or, at equal length, earlier-listed) fact, sorted by start. */
    static List<Fact> keepLongest(List<Fact> candidates) {
        List<Fact> byPreference = new ArrayList<>(candidates);
        byPreference.sort(Comparator.comparingInt((Fact f) -> -(f.end() - f.start())).thenComparingInt(Fact::start));
        List<Fact> kept = new ArrayList<>();
        for (Fact f : byPreference) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));
        return kept;
    }
}
