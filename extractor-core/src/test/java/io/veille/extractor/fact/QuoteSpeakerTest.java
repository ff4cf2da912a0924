package io.veille.extractor.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Fact;
import io.veille.extractor.entity.RuleBasedRecognizer;

class QuoteSpeakerTest {

    private final RuleBasedRecognizer recognizer = new RuleBasedRecognizer();

    private List<Fact> quotes(String text, String lang) {
        return QuoteParser.find(text, recognizer.find(text, lang));
    }

    @Test
    void a_guillemet_quote_in_a_sentence_naming_nobody_is_said_by_the_person_named_before_it_in_the_paragraph() {
        String text = "Arthur Mensch a présenté le nouveau modèle mardi à Paris. « Nous voulons rester indépendants "
                + "de tous les géants américains », a-t-il déclaré.";

        assertThat(quotes(text, "fr")).extracting(Fact::speaker).containsExactly("Arthur Mensch");
    }

    @Test
    void a_pronoun_hand_over_after_an_english_quote_finds_the_speaker_named_before() {
        String text = "Jensen Huang visited the new plant on Monday. \"This is the largest factory we have ever built,\" he said.";

        assertThat(quotes(text, "en")).extracting(Fact::speaker).containsExactly("Jensen Huang");
    }

    @Test
    void a_sentence_whose_subject_is_a_pronoun_quotes_the_person_named_before_it() {
        String text = "Sur les réseaux sociaux, Emmanuel Macron s'adresse à la jeunesse. Il plaisante sur son image "
                + "détournée – \"Qui aurait cru que je pourrais avoir une coupe mulet ?\" — tout en restant sérieux.";

        assertThat(quotes(text, "fr")).extracting(Fact::speaker).containsExactly("Emmanuel Macron");
    }

    @Test
    void a_straight_quote_with_no_speaker_cue_gets_no_speaker() {
        String text = "Jensen Huang visited the plant. The sign read \"Welcome to the largest factory in Europe\" in gold letters.";

        assertThat(quotes(text, "en")).extracting(Fact::speaker).containsExactly((String) null);
    }

    @Test
    void the_speaker_is_not_looked_for_in_an_earlier_paragraph() {
        String text = "Arthur Mensch a présenté le modèle.\n\nLe texte a été publié mardi. « Le modèle sera ouvert à "
                + "tous les chercheurs », dit-elle.";

        assertThat(quotes(text, "fr")).extracting(Fact::speaker).containsExactly((String) null);
    }

    @Test
    void a_person_named_in_the_quoted_sentence_still_wins() {
        String text = "Jensen Huang était là. « Nous investirons en France pendant dix ans », a déclaré Arthur Mensch.";

        assertThat(quotes(text, "fr")).extracting(Fact::speaker).containsExactly("Arthur Mensch");
    }
}
