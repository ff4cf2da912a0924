package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    @Test
    void countsEachLanguagesFunctionWordsAndElidedArticles() {
        FunctionWords.Tally tally = FunctionWords.tally("L’État et l'Europe ont signé un accord dans la nuit.");
        assertThat(tally.words()).isEqualTo(10);
        assertThat(tally.leader()).isEqualTo("fr");
        // l’, et, l', ont, un, dans, la
        assertThat(tally.leaderHits()).isEqualTo(7);
    }

    @Test
    void theRunnerUpIsTheBestOtherLanguage() {
        FunctionWords.Tally tally = FunctionWords.tally("The board said that it will meet in Paris on Monday.");
        assertThat(tally.leader()).isEqualTo("en");
        assertThat(tally.runnerUpHits()).isLessThan(tally.leaderHits());
        assertThat(FunctionWords.tally("Der Vorstand hat gesagt, dass er sich mit den Partnern trifft.").leader())
                .isEqualTo("de");
    }

    @Test
    void aTextWithoutFunctionWordsHasNoLeader() {
        assertThat(FunctionWords.tally("Macron Bayrou Lecornu").leader()).isNull();
        assertThat(FunctionWords.languages()).startsWith("fr", "en");
    }
}
