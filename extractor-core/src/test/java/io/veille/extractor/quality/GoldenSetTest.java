package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Page;

/**
 * The golden-set gate: every golden page through the extractor, body F1 on 4-gram shingles
 * against the floor, and no golden MONEY fact lost. Writes target/golden-report.md.
 */
class GoldenSetTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void the_extractor_stays_above_the_golden_set_floors() {
        Golden.assumeExtractorImplemented(extractor);
        Path dir = Golden.dir();
        Floors floors = Floors.load(dir.resolve("floor.properties"));
        List<GoldenPage> pages = GoldenPage.loadAll(dir);

        List<PageResult> results = new ArrayList<>();
        for (GoldenPage page : pages) {
            results.add(run(page));
        }
        int otherFacts = pages.stream().mapToInt(p -> p.ungatedFacts().size()).sum();
        GoldenTotals totals = GoldenTotals.of(results, otherFacts);
        ReportWriter.write(Path.of("target", "golden-report.md"), ReportWriter.golden(totals, results));
        System.out.println("[golden] " + totals.summary() + " (report: target/golden-report.md)");

        String lost = results.stream().flatMap(r -> r.missingMoney().stream().map(f -> r.name() + ": " + f.describe()))
                .collect(Collectors.joining("\n"));
        assertThat(totals.f1()).as("golden body F1 (%s)", totals.summary()).isGreaterThanOrEqualTo(floors.bodyF1());
        assertThat(totals.moneyRecall()).as("golden MONEY facts lost:\n%s", lost)
                .isGreaterThanOrEqualTo(floors.goldenMoneyRecall());
        assertThat(share(results, PageResult::titleOk)).as("share of titles right").isGreaterThanOrEqualTo(floors.titleShare());
        assertThat(share(results, PageResult::dateOk)).as("share of dates right").isGreaterThanOrEqualTo(floors.dateShare());
        assertThat(share(results, PageResult::langOk)).as("share of languages right").isGreaterThanOrEqualTo(floors.langShare());
        assertThat(share(results, r -> r.missingSnippets().isEmpty() && r.presentFurniture().isEmpty()))
                .as("share of pages with every must(Not)Contain snippet right").isGreaterThanOrEqualTo(floors.snippetShare());
    }

    private PageResult run(GoldenPage page) {
        try {
            return PageEvaluation.evaluate(page, extractor.extract(new Page(page.html(), page.url(), null, null)));
        } catch (RuntimeException e) {
            return PageResult.failed(page.name(), page.gatedMoney().size(), page.gatedMoney(), page.ungatedFacts(),
                    e.toString());
        }
    }

    private static double share(List<PageResult> results, java.util.function.Predicate<PageResult> ok) {
        return results.isEmpty() ? 0 : (double) results.stream().filter(ok).count() / results.size();
    }
}
