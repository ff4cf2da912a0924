package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} ({1}) reads {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "109|fr|109",
        "twenty five|en|25",
        "eighty six|en|86",
        "two thousand thirty two|en|2032",
        "one hundred and twenty|en|120",
        "dix-neuf cent quatre-vingt-sept|fr|1987",
        "2,5|fr|2.5",
        "2.5|en|2.5",
        "2,5|en|2.5",
        "2.5|fr|2.5",
        "100 000|fr|100000",
        "100\u00A0000|fr|100000",
        "100\u202F000|fr|100000",
        "1\u2009500\u2009000|fr|1500000",
        "1,500|en|1500",
        "1,500|fr|1.5",
        "1.500|fr|1500",
        "1.500|en|1.5",
        "1,500,000|en|1500000",
        "1.500.000|fr|1500000",
        "1,234.56|en|1234.56",
        "1.234,56|fr|1234.56",
        "0,500|en|0.500",
        "12 345,67|fr|12345.67",
        "cinq|fr|5",
        "five|en|5",
        "1.500|null|1500",
        "vingt-cinq|fr|25",
        "1,50,0|en|null",
        "abc|en|null",
    })
    void reads_numbers_in_either_convention(String written, String lang, BigDecimal expected) {
        BigDecimal actual = Numbers.read(written, lang);
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"2.5, 1000000000, 2500000000", "109, 1000000000, 109000000000", "0.25, 1000, 250"})
    void scaled_values_are_whole_and_plain(BigDecimal number, BigDecimal scale, String expected) {
        assertThat(Numbers.scaled(number, scale).toString()).isEqualTo(expected);
    }
}
