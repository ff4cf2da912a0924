package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.veille.extractor.quality.ShingleScore.Score;

class ShingleScoreTest {

    @Test
    void identical_texts_score_one() {
        String text = "Le gouvernement a présenté mercredi un plan de 109 milliards d'euros.";
        Score s = ShingleScore.score(text, text);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void case_punctuation_and_line_breaks_do_not_count() {
        Score s = ShingleScore.score("The plan, worth $20bn, was approved.\n\nIt starts in May.",
                "the plan worth 20bn was approved it starts in may");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void disjoint_texts_score_zero() {
        Score s = ShingleScore.score("un deux trois quatre cinq six", "seven eight nine ten eleven");
        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
        assertThat(s.f1()).isZero();
    }

    @Test
    void one_changed_last_word_keeps_two_of_three_shingles() {
        // a b c d e f -> abcd bcde cdef ; a b c d e x -> abcd bcde cdex
        Score s = ShingleScore.score("a b c d e f", "a b c d e x");
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void an_extraction_of_half_the_article_has_full_precision_and_partial_recall() {
        // 7 tokens -> 4 shingles expected; 5 tokens -> 2 shingles extracted, both right
        Score s = ShingleScore.score("one two three four five six seven", "one two three four five");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void boilerplate_around_the_article_costs_precision_only() {
        // expected 5 tokens -> 2 shingles; extracted adds 2 tokens of furniture -> 4 shingles, 2 right
        Score s = ShingleScore.score("alpha beta gamma delta epsilon", "alpha beta gamma delta epsilon cookie consent");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void a_paragraph_extracted_twice_costs_precision() {
        Score s = ShingleScore.score("w x y z", "w x y z w x y z");
        // extracted shingles: wxyz xyzw yzwx zwxy wxyz -> 5, of which one wxyz matches the single expected one
        assertThat(s.precision()).isEqualTo(0.2);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void an_empty_extraction_has_zero_precision_and_recall() {
        Score s = ShingleScore.score("un texte attendu de six mots", "");
        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
    }

    @Test
    void words_are_unicode_aware() {
        assertThat(ShingleScore.units("Prix à l'été : 22 % — Газпром", false))
                .containsExactly("prix", "à", "l", "été", "22", "газпром");
    }

    @Test
    void japanese_text_is_scored_on_character_four_grams() {
        String expected = "政府は新たな経済対策を発表した。";
        assertThat(ShingleScore.isCjk(expected)).isTrue();
        // 16 non-space characters -> 13 shingles; dropping the final "。" loses exactly the last one
        Score s = ShingleScore.score(expected, "政府は新たな経済対策を発表した");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(12.0 / 13, within(1e-12));
    }

    @Test
    void latin_text_with_a_few_cjk_names_stays_word_based() {
        assertThat(ShingleScore.isCjk("Toyota (トヨタ) a annoncé un investissement de 2 milliards de dollars au Japon.")).isFalse();
    }

    @Test
    void the_benchmark_measure_normalises_counts_by_their_sum() {
        // truth a b c d e -> abcd bcde ; prediction a b c d x -> abcd bcdx : tp 1, fp 1, fn 1
        ShingleScore.Matching m = ShingleScore.benchmark("a b c d e", "A b, c d x");
        assertThat(m.tp()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.fp()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.fn()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void the_benchmark_leaves_an_empty_prediction_out_of_precision() {
        ShingleScore.Matching m = ShingleScore.benchmark("un texte attendu de six mots", "");
        assertThat(m.predicted()).isFalse();
        assertThat(m.expected()).isTrue();
        assertThat(m.recall()).isZero();
        assertThat(ShingleScore.benchmark("", "").precision()).isEqualTo(1.0);
    }

    @Test
    void the_benchmark_tokens_are_python_word_runs_without_a_cjk_case() {
        assertThat(ShingleScore.pythonWords("Prix à l'été : 22 % — Газпром _x")).containsExactly("prix", "à", "l", "été", "22", "газпром", "_x");
        // a clause of Japanese is one token; a combining vowel sign (Devanagari) ends a Python word
        assertThat(ShingleScore.pythonWords("政府は新たな経済対策を発表した。次")).containsExactly("政府は新たな経済対策を発表した", "次");
        assertThat(ShingleScore.pythonWords("हिन्दी")).containsExactly("ह", "न", "द");
    }
}
