package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.veille.extractor.quality.RealPagesEvaluation.BodyTotals;
import io.veille.extractor.quality.RealPagesEvaluation.Run;
import io.veille.extractor.quality.RealPagesEvaluation.SnippetTotals;

class RealPagesFloorsTest {

    @TempDir
    Path dir;

    private static Run run(String hash, int tp, double bodyP) {
        return new Run(hash, List.of(), List.of(), new SnippetTotals(10, tp, 100 - tp, 5, Map.of(), 1),
                new BodyTotals(10, bodyP, 0.9, 9, 9, 8, 9, Map.of(), 1));
    }

    @Test
    void floors_are_raised_to_a_better_run_and_never_lowered() throws Exception {
        Path file = dir.resolve("floor.properties");
        RealPagesFloors.update(file, run("abc", 80, 0.9), false);
        RealPagesFloors first = RealPagesFloors.load(file);
        assertThat(first.corpusHash()).isEqualTo("abc");
        assertThat(first.minimums().get(RealPagesFloors.SNIPPETS_F1)).isEqualTo(0.8648); // 160/185, truncated

        RealPagesFloors.update(file, run("abc", 90, 0.9), false);
        assertThat(RealPagesFloors.load(file).minimums().get(RealPagesFloors.SNIPPETS_F1)).isGreaterThan(0.92);

        String before = Files.readString(file);
        assertThatThrownBy(() -> RealPagesFloors.update(file, run("abc", 85, 0.9), false))
                .hasMessageContaining("refusing").hasMessageContaining(RealPagesFloors.SNIPPETS_F1);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void a_changed_corpus_fails_the_check_until_it_is_re_pinned() {
        Path file = dir.resolve("floor.properties");
        RealPagesFloors.update(file, run("abc", 90, 0.9), false);
        assertThat(RealPagesFloors.load(file).check(run("def", 90, 0.9))).singleElement()
                .asString().contains("corpus changed").contains("def").contains("abc");
        assertThatThrownBy(() -> RealPagesFloors.update(file, run("def", 90, 0.9), false)).hasMessageContaining("corpus changed");

        RealPagesFloors.update(file, run("def", 70, 0.9), true);
        assertThat(RealPagesFloors.load(file).check(run("def", 70, 0.9))).isEmpty();
    }

    @Test
    void titles_dates_and_authors_compare_as_the_corpus_readme_says() {
        assertThat(RealPageMatch.titleOk("„Sind wir zu sanft?“ –  Debatte", "\"SIND wir zu sanft?\" – Debatte")).isTrue();
        assertThat(RealPageMatch.titleOk("Titel", "Titel | Zeitung")).isFalse();
        assertThat(RealPageMatch.dateOk("2024-05-03 15:47:42.389000+00:00", Instant.parse("2024-05-03T00:00:00Z"))).isTrue();
        assertThat(RealPageMatch.dateOk("2024-05-03 00:30:00+02:00", Instant.parse("2024-05-02T22:30:00Z"))).isTrue();
        assertThat(RealPageMatch.dateOk("2024-05-03 10:00:00", Instant.parse("2024-05-04T10:00:00Z"))).isFalse();
        assertThat(RealPageMatch.authorsOk(List.of("Anna Fink", "SDA"), "Von Anna Fink und sda")).isTrue();
        assertThat(RealPageMatch.authorsOk(List.of("Anna Fink", "SDA"), "Anna Fink")).isFalse();
        assertThat(RealPageMatch.authorsOk(List.of(), null)).isNull();
    }

    @Test
    void snippets_are_matched_on_whitespace_normalised_text() {
        var c = RealPageMatch.snippets(List.of("zwei  Wörter", "fehlt"), List.of("Impressum"), "eins zwei\u00a0Wörter\n\ndrei Impressum");
        assertThat(c.tp()).isEqualTo(1);
        assertThat(c.fn()).isEqualTo(1);
        assertThat(c.fp()).isEqualTo(1);
        assertThat(c.missed()).containsExactly("fehlt");
    }
}
