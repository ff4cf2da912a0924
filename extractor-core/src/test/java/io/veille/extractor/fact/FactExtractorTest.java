package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.entity.Mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;


class FactExtractorTest {

    private final FactExtractor facts = new FactExtractor();

    @Test
    void an_amount_spread_over_years_is_one_money_fact_not_a_date_too() {
        String text = "Ce projet prévoit un fonds de 2,5 milliards de dollars sur 5 ans pour promouvoir une IA.";
        assertThat(facts.extract(text, "fr", LocalDate.parse("2025-04-01"), List.of()))
                .extracting(Fact::type, Fact::text)
                .containsExactly(tuple(FactType.MONEY, "2,5 milliards de dollars sur 5 ans"));
    }

    @Test
    void every_span_is_the_text_between_its_offsets() {
        String text = "Le 9 février 2025, Emmanuel Macron a annoncé 109 milliards d’euros, soit 3,5 % du PIB, "
                + "et de former 100 000 jeunes par an d'ici 2030.";
        List<Fact> found = facts.extract(text, "fr", LocalDate.parse("2025-02-11"), List.of());
        assertThat(found).extracting(Fact::type).containsExactly(
                FactType.DATE, FactType.MONEY, FactType.PERCENT, FactType.QUANTITY, FactType.DATE);
        assertThat(found).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
    }

    @Test
    void a_quote_names_its_speaker_when_the_sentence_does() {
        String text = "« Nous allons investir massivement dans l'IA », a déclaré Emmanuel Macron. "
                + "Mistral AI a lancé « Le Chat ».";
        Entity macron = new Entity("Emmanuel Macron", EntityType.PERSON, List.of(), List.of(new Mention(58, 73)));
        assertThat(text.substring(58, 73)).isEqualTo("Emmanuel Macron");

        List<Fact> quotes = facts.extract(text, "fr", null, List.of(macron)).stream()
                .filter(f -> f.type() == FactType.QUOTE).toList();

        assertThat(quotes).extracting(Fact::quote, Fact::speaker)
                .containsExactly(tuple("Nous allons investir massivement dans l'IA", "Emmanuel Macron"));
    }

    @Test
    void an_english_quote_without_a_named_speaker_has_none() {
        String text = "“We will not be left behind in this race,” the minister said.";
        assertThat(facts.extract(text, "en", null, List.of())).singleElement()
                .satisfies(f -> {
                    assertThat(f.type()).isEqualTo(FactType.QUOTE);
                    assertThat(f.speaker()).isNull();
                });
    }
}
