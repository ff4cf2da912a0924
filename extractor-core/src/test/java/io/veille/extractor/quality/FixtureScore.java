package io.veille.extractor.quality;

import java.util.List;
import java.util.Objects;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * Judges the facts found in one fixture sentence, looking only at those that overlap the fixture's span
 * (a sentence may hold other, unlabelled facts). A fact matches when type, span text and normalised
 * value agree. On a positive row the match is a true positive and every other overlapping fact a false
 * positive; on a NONE row every overlapping MONEY or PERCENT fact is a false positive.
 */
public record FixtureScore(FactFixture fixture, int truePositives, int falsePositives, int falseNegatives,
                           List<Fact> overlapping) {

    public static FixtureScore of(FactFixture row, String text, List<Fact> facts) {
        int at = text.indexOf(row.span());
        if (at < 0) {
            // the extractor rewrote the sentence: nothing it found can carry the expected span
            return new FixtureScore(row, 0, 0, row.negative() ? 0 : 1, List.of());
        }
        int end = at + row.span().length();
        List<Fact> overlapping = facts.stream()
                .filter(f -> f.type() != FactType.QUOTE && f.start() < end && at < f.end())
                .toList();
        if (row.negative()) {
            int fp = (int) overlapping.stream()
                    .filter(f -> f.type() == FactType.MONEY || f.type() == FactType.PERCENT).count();
            return new FixtureScore(row, 0, fp, 0, overlapping);
        }
        boolean hit = overlapping.stream().anyMatch(f -> matches(row, f));
        int tp = hit ? 1 : 0;
        return new FixtureScore(row, tp, overlapping.size() - tp, 1 - tp, overlapping);
    }

    static boolean matches(FactFixture row, Fact f) {
        if (!f.type().name().equals(row.type()) || !f.text().equals(row.span())) {
            return false;
        }
        return switch (f.type()) {
            case MONEY -> sameValue(row, f) && Objects.equals(row.detail(), f.currency());
            case PERCENT, QUANTITY -> sameValue(row, f) && (row.detail() == null || row.detail().equals(f.unit()));
            case DATE -> Objects.equals(row.detail(), f.date());
            case QUOTE -> true;
        };
    }

    private static boolean sameValue(FactFixture row, Fact f) {
        return f.value() != null && row.value() != null && f.value().compareTo(row.value()) == 0;
    }

    public boolean correct() {
        return falsePositives == 0 && falseNegatives == 0;
    }
}
