package io.veille.extractor.quality;

import java.util.List;
import java.util.Locale;

/** Averages over pages: precision and recall are averaged per page, F1 is taken from the two averages. */
public record GoldenTotals(int pages, double precision, double recall, int titlesOk, int datesOk, int langsOk,
                           int moneyFacts, int moneyLost, int otherFacts, int otherLost) {

    public static GoldenTotals of(List<PageResult> results, int otherFacts) {
        int n = results.size();
        return new GoldenTotals(n,
                results.stream().mapToDouble(r -> r.body().precision()).average().orElse(0),
                results.stream().mapToDouble(r -> r.body().recall()).average().orElse(0),
                (int) results.stream().filter(PageResult::titleOk).count(),
                (int) results.stream().filter(PageResult::dateOk).count(),
                (int) results.stream().filter(PageResult::langOk).count(),
                results.stream().mapToInt(PageResult::moneyFacts).sum(),
                results.stream().mapToInt(r -> r.missingMoney().size()).sum(),
                otherFacts,
                results.stream().mapToInt(r -> r.missingOtherFacts().size()).sum());
    }

    public double f1() {
        return ShingleScore.Score.f1(precision, recall);
    }

    public double moneyRecall() {
        return moneyFacts == 0 ? 1 : (double) (moneyFacts - moneyLost) / moneyFacts;
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "pages %d | body P %.4f R %.4f F1 %.4f | title %d/%d | date %d/%d | lang %d/%d | "
                        + "MONEY facts %d/%d (recall %.4f) | other facts %d/%d",
                pages, precision, recall, f1(), titlesOk, pages, datesOk, pages, langsOk, pages,
                moneyFacts - moneyLost, moneyFacts, moneyRecall(), otherFacts - otherLost, otherFacts);
    }
}
