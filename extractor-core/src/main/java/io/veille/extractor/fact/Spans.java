package io.veille.extractor.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.veille.contracts.Fact;

/** Overlap resolution shared by the parsers: where two readings cover the same words, the longer one wins. */
final class Spans {

    private Spans() {
    }

    /** The facts that overlap no longer (or, at equal length, earlier-listed) fact, sorted by start. */
    static List<Fact> keepLongest(List<Fact> candidates) {
        List<Fact> byPreference = new ArrayList<>(candidates);
        byPreference.sort(Comparator.comparingInt((Fact f) -> -(f.end() - f.start())).thenComparingInt(Fact::start));
        Disjoint kept = new Disjoint();
        byPreference.forEach(kept::addUnlessOverlapping);
        List<Fact> sorted = kept.facts();
        sorted.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end));
        return sorted;
    }

    /**
     * Facts whose spans never overlap, indexed by start: the only kept span a new one can overlap is
     * the one starting last before the new one's end, so each addition is one lookup, not a scan of
     * all kept facts (a long report has thousands).
     */
    static final class Disjoint {

        private final TreeMap<Integer, Fact> byStart = new TreeMap<>();

        /** @return whether the fact was added: it overlaps none already kept */
        boolean addUnlessOverlapping(Fact f) {
            Map.Entry<Integer, Fact> before = byStart.lowerEntry(f.end());
            if (before != null && before.getValue().end() > f.start()) {
                return false;
            }
            byStart.put(f.start(), f);
            return true;
        }

        List<Fact> facts() {
            return new ArrayList<>(byStart.values());
        }
    }
}
