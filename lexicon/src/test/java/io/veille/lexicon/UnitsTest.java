package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"jeunes|young-people", "young people|young-people", "Acteurs|actors",
            "gigawatts|GW", "GW|GW", "kilomètres|km", "pays|countries", "nations|countries", "salariés|employees",
            "miles|mi", "pieds|ft", "square meters|m2", "mètres carrés|m2", "metric tons|t", "barils|bbl", "kilogrammes|kg"})
    void every_written_form_reads_as_one_key(String written, String key) {
        assertThat(Units.key(written)).isEqualTo(key);
        assertThat(Pattern.compile(Units.ANY).matcher(written).matches()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"actors|1500|fr|acteurs", "actors|1500|en|actors", "young-people|100000|fr|jeunes",
            "young-people|100000|en|young people", "jobs|1|en|job", "jobs|1.5|fr|emploi", "jobs|1.5|en|jobs",
            "GW|2|fr|GW", "t|3|en|tonnes", "mi|10|fr|milles", "ft|1|en|foot", "bbl|2|fr|barils", "m2|50|fr|mètres carrés"})
    void a_key_is_written_in_the_readers_language(String key, String value, String lang, String written) {
        assertThat(Units.written(key, new BigDecimal(value), lang)).isEqualTo(written);
    }

    @Test
    void an_unknown_key_is_shown_as_it_is() {
        assertThat(Units.written("widgets", BigDecimal.TEN, "fr")).isEqualTo("widgets");
        assertThat(Units.key("widgets")).isNull();
    }
}
