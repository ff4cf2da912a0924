package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;

/**
 * Newswire sentences through the whole extractor (plain text in, with the fixture's date and language as
 * hints): fact precision and recall against golden/floor.properties. Writes target/fact-report.md.
 */
class FactFixturesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void fact_precision_and_recall_on_the_newswire_fixtures_stay_above_their_floors() {
        Golden.assumeExtractorImplemented(extractor);
        Path dir = Golden.dir();
        Floors floors = Floors.load(dir.resolve("floor.properties"));

        List<FixtureScore> scores = new ArrayList<>();
        for (FactFixture row : FactFixture.load(dir.resolve("fact-fixtures.tsv"))) {
            Extraction got = extractor.extract(new Page(row.sentence(), null, row.lang(),
                    row.published().atTime(12, 0).toInstant(ZoneOffset.UTC)));
            scores.add(FixtureScore.of(row, got.text(), got.facts()));
        }
        FixtureTotals totals = FixtureTotals.of(scores);
        ReportWriter.write(Path.of("target", "fact-report.md"), ReportWriter.facts(totals, scores));
        System.out.println("[facts] " + totals.summary() + " (report: target/fact-report.md)");

        assertThat(totals.precision()).as("fact precision (%s)", totals.summary())
                .isGreaterThanOrEqualTo(floors.factPrecision());
        assertThat(totals.recall()).as("fact recall (%s)", totals.summary())
                .isGreaterThanOrEqualTo(floors.factRecall());
    }
}
