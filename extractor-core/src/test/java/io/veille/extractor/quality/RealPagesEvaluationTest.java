package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.veille.extractor.extraction.ArticleExtractor;

/**
 * The real-page gate: both sets of shared/pages through the extractor, scored as the
 * corpus README says (snippets: trafilatura's snippet metric; bodies: the article-extraction-
 * benchmark's shingle metric, titles, dates, authors), against the floors and the corpus hash of
 * {@code realpages/floor.properties}. Reports: target/realpages/.
 *
 * <p>{@code -Dveille.floors.update=true} raises the floors to this run (never lowers one);
 * {@code -Dveille.floors.repin=true} pins a changed corpus and sets its floors from this run;
 * {@code -Dveille.pages=DIR} points at the corpus; {@code -Dveille.realpages.skip=true} skips the gate
 * on a machine without it (it fails otherwise: a gate that skips itself silently guards nothing).
 */
class RealPagesEvaluationTest {

    @Test
    void the_extractor_stays_above_the_real_page_floors() {
        Assumptions.assumeFalse(Boolean.getBoolean("veille.realpages.skip"), "real-page gate skipped (-Dveille.realpages.skip)");
        Path root = RealCorpus.locate();
        assertThat(root).as("the real-page corpus (shared/pages beside the repository, or -Dveille.pages=DIR;"
                + " -Dveille.realpages.skip=true skips this gate)").isNotNull();

        RealPagesEvaluation.Run run = RealPagesEvaluation.run(new ArticleExtractor(), root);
        RealPagesReport.write(Path.of("target", "realpages"), run);
        System.out.println("[realpages] " + run.snippetTotals().summary());
        System.out.println("[realpages] " + run.bodyTotals().summary() + " (reports: target/realpages/)");

        Path file = RealPagesFloors.sourceFile();
        boolean repin = Boolean.getBoolean("veille.floors.repin");
        if (repin || Boolean.getBoolean("veille.floors.update")) {
            System.out.println(RealPagesFloors.update(file, run, repin));
        }
        List<String> problems = RealPagesFloors.load(file).check(run);
        assertThat(problems).as("real-page floors (%s); per-page losses in target/realpages/snippets.md and bodies.md",
                file).isEmpty();
    }
}
