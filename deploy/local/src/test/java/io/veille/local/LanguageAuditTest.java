package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageAuditTest {

    @Test
    void a_french_sentence_in_an_english_digest_is_reported_a_marked_quote_is_not() {
        assertThat(LanguageAudit.offLanguage("en", "Amounts cited: €109 billion. [fr] « Nous serons au rendez-vous », a dit le président."))
                .isEmpty();
        assertThat(LanguageAudit.offLanguage("en", "People named: Emmanuel Macron. Le président a annoncé un plan pour la France."))
                .singleElement().asString().contains("read as fr");
        assertThat(LanguageAudit.offLanguage("fr", "Montants cités : 109 milliards d'euros. The plan was announced on Sunday by the president."))
                .singleElement().asString().contains("read as en");
    }

    @Test
    void a_sentence_of_names_is_not_judged() {
        assertThat(LanguageAudit.offLanguage("en", "Sources: demo (fr). Emmanuel Macron, Mistral AI, Nvidia.")).isEmpty();
    }
}
