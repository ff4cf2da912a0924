package io.veille.summary.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.Articles;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

class GroundingCheckTest {

    private final GroundingCheck check = new GroundingCheck();
    private final ExtractedArticle article = Articles.summit("a1");

    private static Bilingual digest(String fr, String en) {
        return new Bilingual(new DigestText("Titre", List.of(new Digest.Item(fr, List.of(), List.of()))),
                new DigestText("Title", List.of(new Digest.Item(en, List.of(), List.of()))));
    }

    @Test
    void accepts_the_fact_amount_in_every_usual_form() {
        Bilingual ok = digest("Emmanuel Macron a annoncé 109 milliards d'euros, soit 109 Md€, le 9 février 2025.",
                "Emmanuel Macron announced €109bn (€109 billion, 109 billion euros) on 9 February 2025.");

        assertThat(check.check(ok, List.of(article)).unsupported()).isEmpty();
    }

    @Test
    void catches_an_invented_amount() {
        Bilingual invented = digest("Emmanuel Macron a annoncé 109 milliards d'euros.",
                "Emmanuel Macron announced €150 billion.");

        GroundingResult result = check.check(invented, List.of(article));

        assertThat(result.grounded()).isFalse();
        assertThat(result.unsupported()).singleElement().asString().contains("[en]").contains("150 billion");
    }

    @Test
    void catches_an_invented_date_or_a_figure_in_the_title() {
        Bilingual wrongYear = new Bilingual(new DigestText("Sommet 2026", List.of()), new DigestText("Summit", List.of()));
        assertThat(check.check(wrongYear, List.of(article)).unsupported()).hasSize(1);
        assertThat(check.check(digest("le 12 février", "on 9 February"), List.of(article)).unsupported()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€150 billion", "110 milliards d'euros", "€109 million", "€10.9bn", "1 090 milliards",
            "109 000 euros", "€1.09 trillion", "le 19 février 2025", "22 %", "en 2026", "$109.5bn", "100 000 jeunes",
            "9 March 2025", "February 10, 2024", "le 10 mars"})
    void catches_each_stubbed_invented_figure(String invented) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.", "Announced: " + invented + ".");

        assertThat(check.check(digest, List.of(article)).grounded()).as(invented).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"€109bn", "109 Md€", "109 billion euros", "€109 billion", "109 milliards", "EUR 109bn",
            "109,000,000,000 euros", "9 February 2025", "10 February", "February 9, 2025", "le 9 février",
            "9–10 February 2025"})
    void accepts_each_faithful_rendering(String faithful) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.", "Announced: " + faithful + ".");

        assertThat(check.check(digest, List.of(article)).unsupported()).as(faithful).isEmpty();
    }

    @Test
    void reads_numbers_with_their_scale_and_separators() {
        assertThat(NumberMentions.in("100 000 jeunes")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("100000"));
        assertThat(NumberMentions.in("1,5 milliard")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("1500000000"));
        assertThat(NumberMentions.in("$2.5bn and 1,000,000 users")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("2500000000"), new BigDecimal("1000000"));
        assertThat(NumberMentions.in("€20m")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("20000000"));
    }

    @Test
    void does_not_read_words_such_as_ms_or_model_names_as_scales() {
        assertThat(NumberMentions.in("GPT4 2 models")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"entre 10 et 20 milliards d'euros|€10–20 billion", "jusqu'à 20 milliards d'euros|up to €20bn",
            "de 10 à 20 milliards|€10 billion to €20 billion", "10 milliards d'euros au moins|between 10 and 20 billion euros"})
    void accepts_the_bounds_of_a_range_fact(String renderings) {
        String[] frEn = renderings.split("\\|");

        assertThat(check.check(digest(frEn[0], frEn[1]), List.of(Articles.range("r1"))).unsupported()).as(renderings).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"€10–30 billion", "€15 billion", "30 milliards d'euros", "entre 10 et 25 milliards"})
    void catches_a_bound_the_range_does_not_have(String invented) {
        Bilingual digest = digest("entre 10 et 20 milliards d'euros", invented);

        assertThat(check.check(digest, List.of(Articles.range("r1"))).grounded()).as(invented).isFalse();
    }

    @Test
    void reads_a_range_lower_bound_with_the_scale_word_of_its_upper_bound() {
        assertThat(NumberMentions.in("entre 10 et 20 milliards d'euros")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("10000000000"), new BigDecimal("20000000000"));
        assertThat(NumberMentions.in("€10–20 billion, 3 sites")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("10000000000"), new BigDecimal("20000000000"), new BigDecimal("3"));
    }
}
