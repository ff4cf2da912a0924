package io.veille.extractor.quality;

import java.util.List;

import io.veille.extractor.quality.ShingleScore.Score;

/** How the extractor did on one golden page. */
public record PageResult(
        String name,
        Score body,
        boolean titleOk,
        boolean dateOk,
        boolean langOk,
        List<String> missingSnippets,
        List<String> presentFurniture,
        List<GoldenFact> missingMoney,
        List<GoldenFact> missingOtherFacts,
        int moneyFacts,
        String error) {

    public static PageResult failed(String name, int moneyFacts, List<GoldenFact> money, List<GoldenFact> others, String error) {
        return new PageResult(name, new Score(0, 0), false, false, false, List.of(), List.of(), money, others,
                moneyFacts, error);
    }
}
