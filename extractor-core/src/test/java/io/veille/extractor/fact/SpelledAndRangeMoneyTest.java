package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledAndRangeMoneyTest {

    @ParameterizedTest(name = "[{0}] {1} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "fr|L'État mobilise deux milliards d'euros pour le réseau.|deux milliards d'euros|2000000000|EUR|null",
        "fr|un plan de trois cents millions de dollars annoncé|trois cents millions de dollars|300000000|USD|null",
        "fr|un plan de trois cent millions de dollars annoncé|trois cent millions de dollars|300000000|USD|null",
        "fr|la dette atteint un milliard d'euros cette année|un milliard d'euros|1000000000|EUR|null",
        "fr|une rallonge de vingt-cinq millions d’euros votée|vingt-cinq millions d’euros|25000000|EUR|null",
        "fr|une prime de cent mille euros versée|cent mille euros|100000|EUR|null",
        "fr|jusqu'à cinq milliards d'euros sur dix ans|jusqu'à cinq milliards d'euros sur dix ans|5000000000|EUR|up to, over 10 years",
        "en|the company will spend two billion dollars on chips|two billion dollars|2000000000|USD|null",
        "en|a fund of half a billion dollars for startups|half a billion dollars|500000000|USD|null",
        "en|they raised a million euros last year|a million euros|1000000|EUR|null",
        "en|more than twenty-five million pounds in fines|more than twenty-five million pounds|25000000|GBP|more than",
    })
    void reads_spelled_out_amounts(String lang, String text, String span, BigDecimal value, String currency, String qualifier) {
        Fact f = only(MoneyParser.find(text, lang));

        assertThat(f.text()).isEqualTo(span);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.currency()).isEqualTo(currency);
        assertThat(f.qualifier()).isEqualTo(qualifier);
        assertThat(f.valueEnd()).isNull();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {3}..{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "fr|un coût estimé entre 10 et 20 milliards d'euros selon la Cour|entre 10 et 20 milliards d'euros|10000000000|20000000000|EUR",
        "fr|une levée de 5 à 7 millions d'euros prévue|de 5 à 7 millions d'euros|5000000|7000000|EUR",
        "fr|un budget de 1,5 à 2,5 milliards de dollars|de 1,5 à 2,5 milliards de dollars|1500000000|2500000000|USD",
        "fr|un chantier chiffré 300-400 M€ lancé|300-400 M€|300000000|400000000|EUR",
        "en|analysts expect $10-20bn of new spending|$10-20bn|10000000000|20000000000|USD",
        "en|a deal worth €5–7 million, sources said|€5–7 million|5000000|7000000|EUR",
        "en|a cost of between $10 and $20 billion over the decade|between $10 and $20 billion|10000000000|20000000000|USD",
        "en|prices from 10 to 15 dollars a ticket|from 10 to 15 dollars|10|15|USD",
    })
    void reads_a_range_as_its_lower_bound_with_the_upper_bound_kept(String lang, String text, String span, BigDecimal low,
            BigDecimal high, String currency) {
        Fact f = only(MoneyParser.find(text, lang));

        assertThat(f.text()).isEqualTo(span);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
        assertThat(f.value()).isEqualByComparingTo(low);
        assertThat(f.valueEnd()).isEqualByComparingTo(high);
        assertThat(f.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le gouvernement investit plusieurs milliards d'euros via France 2030.",
        "fr|Des milliards d'euros ont été dépensés en vain.",
        "fr|Quelques millions de dollars suffiraient.",
        "en|Several billion dollars were lost, and billions of euros more.",
        "fr|Un pays sur deux, une usine sur trois.",
        "fr|Le budget passe à deux milliards.",
    })
    void vague_or_currencyless_words_are_not_money(String lang, String text) {
        assertThat(MoneyParser.find(text, lang)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le plan doit créer deux millions d'emplois d'ici 2030.|deux millions d'emplois|2000000|jobs",
        "fr|cent mille personnes ont défilé|cent mille personnes|100000|people",
        "en|the network serves three million users worldwide|three million users|3000000|users",
    })
    void reads_spelled_out_quantities(String lang, String text, String span, BigDecimal value, String unit) {
        List<Fact> quantities = MeasureParser.find(text, lang).stream().filter(f -> f.type() == FactType.QUANTITY).toList();

        Fact f = only(quantities);
        assertThat(f.text()).isEqualTo(span);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).isEqualTo(unit);
    }

    private static Fact only(List<Fact> facts) {
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }
}
