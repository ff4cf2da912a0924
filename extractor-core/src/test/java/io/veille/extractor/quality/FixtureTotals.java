package io.veille.extractor.quality;

import java.util.List;
import java.util.Locale;

/** Micro-averaged fact precision and recall over all fixture rows. */
public record FixtureTotals(int rows, int truePositives, int falsePositives, int falseNegatives) {

    public static FixtureTotals of(List<FixtureScore> scores) {
        return new FixtureTotals(scores.size(),
                scores.stream().mapToInt(FixtureScore::truePositives).sum(),
                scores.stream().mapToInt(FixtureScore::falsePositives).sum(),
                scores.stream().mapToInt(FixtureScore::falseNegatives).sum());
    }

    public double precision() {
        int claimed = truePositives + falsePositives;
        return claimed == 0 ? 0 : (double) truePositives / claimed;
    }

    public double recall() {
        int wanted = truePositives + falseNegatives;
        return wanted == 0 ? 1 : (double) truePositives / wanted;
    }

    public String summary() {
        return String.format(Locale.ROOT, "rows %d | TP %d FP %d FN %d | precision %.4f recall %.4f",
                rows, truePositives, falsePositives, falseNegatives, precision(), recall());
    }
}
