package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

    /** Every euro and dollar amount that the five demo corpus texts state, and the newswire forms. */
    @ParameterizedTest(name = "[{0}] {1} -> {3} {4} ({5})")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // corpus 000
        "fr|l’intelligence artificielle générative pourrait ajouter plus de 250 milliards d’euros à l’économie|plus de 250 milliards d’euros|250000000000|EUR|more than",
        // corpus 001
        "fr|le président français a annoncé un plan d'investissement de 109 milliards d'euros, avec l'objectif|109 milliards d'euros|109000000000|EUR|null",
        "fr|un investissement proportionnel aux 500 milliards de dollars des États-Unis|500 milliards de dollars|500000000000|USD|null",
        "fr|Depuis 2018, la France a investi plus de 2,5 milliards d'euros pour développer|plus de 2,5 milliards d'euros|2500000000|EUR|more than",
        "fr|à hauteur de 50 milliards d'euros. Ce projet|50 milliards d'euros|50000000000|EUR|null",
        "fr|Emmanuel Macron annonce un investissement record de 109 milliards d’euros dans l’IA|109 milliards d’euros|109000000000|EUR|null",
        // corpus 002
        "fr|L’Europe investit 20 milliards d’euros dans l’IA|20 milliards d’euros|20000000000|EUR|null",
        "fr|des investissements de 20 milliards d'euros dans le secteur|20 milliards d'euros|20000000000|EUR|null",
        // corpus 003
        "fr|Ces investissements incluent 20 milliards d’euros de la société canadienne Brookfield|20 milliards d’euros|20000000000|EUR|null",
        "fr|et jusqu’à 50 milliards d’euros des Émirats Arabes Unis|jusqu’à 50 milliards d’euros|50000000000|EUR|up to",
        "fr|Ce projet prévoit un fonds de 2,5 milliards de dollars sur 5 ans pour promouvoir|2,5 milliards de dollars sur 5 ans|2500000000|USD|over 5 years",
        // corpus 004
        "fr|L’offensive française dans l’IA : 109 milliards € pour défier la domination américaine|109 milliards €|109000000000|EUR|null",
        "fr|Cette offensive stratégique de 500 milliards de dollars, déployée sur quatre ans|500 milliards de dollars|500000000000|USD|null",
        "fr|Ursula von der Leyen déploie un programme titanesque de 200 milliards d’euros, structuré|200 milliards d’euros|200000000000|EUR|null",
        "fr|en s’engageant à hauteur de 10 milliards d’euros pour implanter|10 milliards d’euros|10000000000|EUR|null",
        "fr|une enveloppe de 10 milliards d’euros sur cinq ans, illustre|10 milliards d’euros sur cinq ans|10000000000|EUR|over 5 years",
        "fr|autour d’un fonds de 400 millions d’euros, pose les jalons|400 millions d’euros|400000000|EUR|null",
        "fr|annoncés – plus de 800 milliards d’euros d’investissements cumulés|plus de 800 milliards d’euros|800000000000|EUR|more than",
        // newswire forms
        "en|Stargate is a $2.5bn bet|$2.5bn|2500000000|USD|null",
        "en|Microsoft will invest $20bn in data centres|$20bn|20000000000|USD|null",
        "en|a plan worth €1.5 billion over five years|€1.5 billion over five years|1500000000|EUR|over 5 years",
        "en|it raised up to $600 million from investors|up to $600 million|600000000|USD|up to",
        "en|the deal values it at 5 million euros|5 million euros|5000000|EUR|null",
        "en|a £3.2m grant|£3.2m|3200000|GBP|null",
        "en|more than US$ 1.2 trillion in total|more than US$ 1.2 trillion|1200000000000|USD|more than",
        "en|costs USD 250,000 per year|USD 250,000 per year|250000|USD|per year",
        "en|a EUR 12.5bn package|EUR 12.5bn|12500000000|EUR|null",
        "fr|une levée de 2,5 Md€ annoncée|2,5 Md€|2500000000|EUR|null",
        "fr|un contrat de 30 M€ signé|30 M€|30000000|EUR|null",
        "fr|un contrat de 3,5 M€ signé|3,5 M€|3500000|EUR|null",
        "fr|un budget de 500 k€ voté|500 k€|500000|EUR|null",
        "fr|un loyer de 1 200 € par mois|1 200 €|1200|EUR|null",
        "fr|un loyer de 1\u202F200\u00A0€ par mois|1\u202F200\u00A0€|1200|EUR|null",
        "fr|une prime de 100 000 euros versée|100 000 euros|100000|EUR|null",
        "fr|près de 3 milliards de livres sterling|près de 3 milliards de livres sterling|3000000000|GBP|nearly",
        "fr|un rachat de 2 millions de francs suisses|2 millions de francs suisses|2000000|CHF|null",
        "fr|un chèque de 50 mille euros|50 mille euros|50000|EUR|null",
        "en|a $1,500,000 settlement|$1,500,000|1500000|USD|null",
    })
    void reads_amounts(String lang, String text, String span, BigDecimal value, String currency, String qualifier) {
        List<Fact> facts = MoneyParser.find(text, lang);

        assertThat(facts).hasSize(1);
        Fact f = facts.get(0);
        assertThat(f.type()).isEqualTo(FactType.MONEY);
        assertThat(f.text()).isEqualTo(span);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.value().scale()).isLessThanOrEqualTo(Math.max(0, value.scale()));
        assertThat(f.currency()).isEqualTo(currency);
        assertThat(f.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Une offensive qui attire déjà les géants mondiaux : 50 milliards des Émirats arabes unis, 20 milliards de Brookfield.",
        "fr|Confrontation financière majeure : 500 milliards côté américain contre 109 milliards en France",
        "fr|Le gouvernement investit plusieurs milliards via France 2030 pour soutenir les infrastructures.",
        "fr|Il a lu 100 livres cette année et couru 5 m de plus.",
        "fr|Le chauffeur 5 fois primé, 40 000 à 100 000 chercheurs.",
        "en|The building is 300 m tall and the company hired 20 people.",
        "fr|609 milliards : le prix de la domination technologique",
    })
    void numbers_without_a_written_currency_are_not_money(String lang, String text) {
        assertThat(MoneyParser.find(text, lang)).isEmpty();
    }

    @Test
    void a_french_billion_is_a_million_millions() {
        assertThat(MoneyParser.find("une dette de 3 billions d'euros", "fr").get(0).value())
                .isEqualByComparingTo("3000000000000");
        assertThat(MoneyParser.find("a debt of 3 billion euros", "en").get(0).value())
                .isEqualByComparingTo("3000000000");
    }

    @Test
    void finds_every_amount_of_a_sentence_in_order() {
        String text = "Ces investissements incluent 20 milliards d’euros de la société canadienne Brookfield et "
                + "jusqu’à 50 milliards d’euros des Émirats Arabes Unis, face aux $500bn de Stargate.";
        assertThat(MoneyParser.find(text, "fr")).extracting(Fact::value, Fact::currency).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("20000000000"), "EUR"),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("50000000000"), "EUR"),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("500000000000"), "USD"));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "en|five more losses in excess of 30 MUSD were reported|30000000|USD",
        "en|The client estimates an increase to 120 MEUR|120000000|EUR",
        "en|revenues of about MAUD 60 a year|60000000|AUD",
        "en|totalling twenty MUSD|20000000|USD",
        "en|a budget of 500 kEUR|500000|EUR",
        "en|They lost 75 USD million in three years.|75000000|USD",
        "en|It costs half million usd.|500000|USD",
        "en|It costs a quarter million us dollars.|250000|USD",
        "en|It costs three quarters billion us dollars.|750000000|USD",
        "en|10 rmb and 20 usd|20|USD",
        "en|each block mined is now 6.25 BTC|6.25|BTC",
        "en|fujitsu withdrew its one-yen bid|1|JPY",
    })
    void reads_finance_and_spelled_forms(String lang, String text, String value, String currency) {
        assertThat(MoneyParser.find(text, lang)).extracting(Fact::value, Fact::currency)
                .contains(org.assertj.core.groups.Tuple.tuple(new BigDecimal(value), currency));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en|ALL 5 solutions are wrong in lower case: all 5",
        "en|a strong dollar hurts exports",
        "fr|un dollar fort pénalise les exportations",
        "en|half the dollars went to rent",
    })
    void leaves_words_that_only_look_like_money(String lang, String text) {
        assertThat(MoneyParser.find(text, lang)).extracting(Fact::text).doesNotContain("all 5", "dollar", "un dollar", "half the dollars");
    }
}
