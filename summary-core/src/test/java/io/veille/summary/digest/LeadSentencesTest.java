package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadSentencesTest {

    @Test
    void takes_the_first_sentences_and_skips_headings_and_bylines() {
        String text = """
                Intelligence artificielle générative en France
                Joly Moura
                3 min de lecture

                L’intelligence artificielle générative s’impose aujourd’hui comme l’un des piliers de la transformation numérique. \
                En France, ce domaine connaît une accélération spectaculaire. Une troisième phrase.
                """;

        assertThat(LeadSentences.of(text, 2, 400)).containsExactly(
                "L’intelligence artificielle générative s’impose aujourd’hui comme l’un des piliers de la transformation numérique.",
                "En France, ce domaine connaît une accélération spectaculaire.");
    }

    @Test
    void stops_at_the_character_budget_but_always_gives_one_sentence() {
        assertThat(LeadSentences.of("Une phrase assez longue. Une autre phrase.", 3, 10)).containsExactly("Une phrase…");
        assertThat(LeadSentences.of("  ", 2, 400)).isEmpty();
    }
}
