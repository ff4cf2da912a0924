package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureParserTest {

    @ParameterizedTest(name = "[{0}] {1} -> {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "fr|une TVA à 22% pour tous|22%|PERCENT|22|%",
        "fr|une hausse de 3,5 % en un an|3,5 %|PERCENT|3.5|%",
        "fr|une hausse de 12 pour cent|12 pour cent|PERCENT|12|%",
        "en|rose by 4.2 percent|4.2 percent|PERCENT|4.2|%",
        "fr|un centre de données d'une puissance de 1 gigawatt verra le jour|1 gigawatt|QUANTITY|1|GW",
        "fr|former 100 000 jeunes par an|100 000 jeunes|QUANTITY|100000|young-people",
        "en|a 300 MW plant|300 MW|QUANTITY|300|MW",
        "fr|un sommet rassemblant 1500 acteurs majeurs|1500 acteurs|QUANTITY|1500|actors",
        "fr|2 millions d'emplois créés|2 millions d'emplois|QUANTITY|2000000|jobs",
        "en|it employs 12,000 people|12,000 people|QUANTITY|12000|people",
        "fr|un tracé de 42 km|42 km|QUANTITY|42|km",
    })
    void reads_percentages_and_quantities(String lang, String text, String span, FactType type, BigDecimal value,
            String unit) {
        List<Fact> facts = MeasureParser.find(text, lang);

        assertThat(facts).extracting(Fact::text).containsExactly(span);
        Fact f = facts.get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
        assertThat(f.type()).isEqualTo(type);
        assertThat(f.value()).isEqualByComparingTo(value);
        assertThat(f.unit()).isEqualTo(unit);
    }
}
