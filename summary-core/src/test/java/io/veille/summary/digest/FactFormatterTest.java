package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

class FactFormatterTest {

    private static Fact money(String value, String currency) {
        return new Fact(FactType.MONEY, "x", 0, 1, new BigDecimal(value), currency, null, null, null, null, null, null, null);
    }

    @Test
    void renders_109_billion_euros_the_french_and_the_english_way() {
        Fact fact = money("109000000000", "EUR");
        assertThat(FactFormatter.format(fact, "fr")).contains("109 milliards d'euros");
        assertThat(FactFormatter.format(fact, "en")).contains("€109 billion");
    }

    @Test
    void uses_decimal_comma_in_french_and_point_in_english() {
        Fact fact = money("2500000000", "USD");
        assertThat(FactFormatter.format(fact, "fr")).contains("2,5 milliards de dollars");
        assertThat(FactFormatter.format(fact, "en")).contains("$2.5 billion");
    }

    @Test
    void keeps_milliard_singular_below_two() {
        assertThat(FactFormatter.format(money("1000000000", "EUR"), "fr")).contains("1 milliard d'euros");
        assertThat(FactFormatter.format(money("1500000000", "EUR"), "fr")).contains("1,5 milliard d'euros");
    }

    @Test
    void writes_millions_and_small_amounts_with_each_languages_grouping() {
        assertThat(FactFormatter.format(money("200000000", "EUR"), "fr")).contains("200 millions d'euros");
        assertThat(FactFormatter.format(money("200000000", "EUR"), "en")).contains("€200 million");
        assertThat(FactFormatter.format(money("500000", "EUR"), "fr")).contains("500 000 euros");
        assertThat(FactFormatter.format(money("500000", "EUR"), "en")).contains("€500,000");
    }

    @Test
    void names_a_currency_by_its_code_where_no_name_is_known() {
        assertThat(FactFormatter.format(money("3000000000", "CAD"), "en")).contains("CAD 3 billion");
        assertThat(FactFormatter.format(money("3000000000", "CAD"), "fr")).contains("3 milliards de dollars canadiens");
        assertThat(FactFormatter.format(money("3000000000", "XYZ"), "fr")).contains("3 milliards XYZ");
    }

    @Test
    void says_trillion_in_english_and_thousands_of_milliards_in_french() {
        assertThat(FactFormatter.format(money("1000000000000", "USD"), "en")).contains("$1 trillion");
        assertThat(FactFormatter.format(money("1000000000000", "USD"), "fr")).contains("1 000 milliards de dollars");
    }

    @Test
    void renders_dates_and_ranges() {
        assertThat(FactFormatter.date("2025-02-10", null, "fr")).contains("10 février 2025");
        assertThat(FactFormatter.date("2025-02-10", null, "en")).contains("10 February 2025");
        assertThat(FactFormatter.date("2025-03-01", null, "fr")).contains("1er mars 2025");
        assertThat(FactFormatter.date("2025-02-10", "2025-02-11", "fr")).contains("du 10 au 11 février 2025");
        assertThat(FactFormatter.date("2025-02-10", "2025-02-11", "en")).contains("10–11 February 2025");
        assertThat(FactFormatter.date("not a date", null, "en")).isEmpty();
    }

    @Test
    void renders_percentages_with_french_spacing() {
        Fact percent = new Fact(FactType.PERCENT, "22 %", 0, 4, new BigDecimal("22"), null, "%", null, null, null, null, null, null);
        assertThat(FactFormatter.format(percent, "fr")).contains("22 %");
        assertThat(FactFormatter.format(percent, "en")).contains("22%");
    }

    private static Fact range(String low, String high, String currency) {
        return new Fact(FactType.MONEY, "x", 0, 1, new BigDecimal(low), currency, null, null, null, null, null, null,
                new BigDecimal(high));
    }

    @Test
    void renders_a_range_sharing_its_scale_word_once_in_each_language() {
        Fact fact = range("10000000000", "20000000000", "EUR");
        assertThat(FactFormatter.format(fact, "fr")).contains("entre 10 et 20 milliards d'euros");
        assertThat(FactFormatter.format(fact, "en")).contains("€10–20 billion");
    }

    @Test
    void renders_a_range_across_scale_words_with_both_bounds_in_full() {
        Fact fact = range("500000000", "2000000000", "USD");
        assertThat(FactFormatter.format(fact, "fr")).contains("entre 500 millions de dollars et 2 milliards de dollars");
        assertThat(FactFormatter.format(fact, "en")).contains("$500 million–$2 billion");
    }

    @Test
    void lets_the_upper_bound_decide_the_french_plural_and_puts_a_code_before_the_english_amount() {
        assertThat(FactFormatter.format(range("1000000000", "1500000000", "EUR"), "fr")).contains("entre 1 et 1,5 milliard d'euros");
        assertThat(FactFormatter.format(range("10000000000", "20000000000", "CHF"), "en")).contains("CHF 10–20 billion");
    }

    @Test
    void renders_a_degenerate_range_as_its_single_amount() {
        assertThat(FactFormatter.format(range("10000000000", "10000000000", "EUR"), "fr")).contains("10 milliards d'euros");
        assertThat(FactFormatter.format(range("10000000000", "10000000000", "EUR"), "en")).contains("€10 billion");
    }

    @Test
    void prints_a_quantity_in_the_readers_words_not_the_unit_key() {
        Fact actors = Fact.measure(FactType.QUANTITY, "1500 acteurs", 0, 12, new BigDecimal("1500"), "actors", null);
        Fact young = Fact.measure(FactType.QUANTITY, "100 000 jeunes", 0, 14, new BigDecimal("100000"), "young-people", null);
        assertThat(FactFormatter.format(actors, "fr")).contains("1 500 acteurs");
        assertThat(FactFormatter.format(actors, "en")).contains("1,500 actors");
        assertThat(FactFormatter.format(young, "fr")).contains("100 000 jeunes");
        assertThat(FactFormatter.format(young, "en")).contains("100,000 young people");
        assertThat(FactFormatter.format(Fact.measure(FactType.QUANTITY, "1 GW", 0, 4, BigDecimal.ONE, "GW", null), "fr"))
                .contains("1 GW");
    }

    @Test
    void names_any_currency_in_french_with_the_words_cldr_gives() {
        assertThat(FactFormatter.format(money("7500000000", "SEK"), "fr")).contains("7,5 milliards de couronnes suédoises");
        assertThat(FactFormatter.format(money("500", "SEK"), "fr")).contains("500 couronnes suédoises");
        assertThat(FactFormatter.format(money("3000000", "INR"), "fr")).contains("3 millions de roupies indiennes");
        assertThat(FactFormatter.format(money("6.25", "BTC"), "fr")).contains("6,25 BTC");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"7500000000,SEK", "500,SEK", "3000000,INR", "3000000000,CAD", "250000,CHF",
            "1200000000,HKD", "42,BRL", "6.25,BTC", "109000000000,EUR", "99,JPY"})
    void grounding_reads_back_every_amount_as_printed(String value, String currency) {
        for (String lang : new String[] {"fr", "en"}) {
            String printed = FactFormatter.format(money(value, currency), lang).orElseThrow();
            assertThat(io.veille.summary.grounding.NumberMentions.in(printed, lang)).as(printed)
                    .anyMatch(m -> m.value().compareTo(new BigDecimal(value)) == 0 && m.currencies().contains(currency));
        }
    }
}
