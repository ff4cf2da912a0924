package io.veille.extractor.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.veille.extractor.extraction.Extraction;
import io.veille.contracts.Fact;

class ExtractionJsonTest {

    private static final Fact RANGE = Fact.moneyRange("entre 10 et 20 milliards d'euros", 0, 32,
            new BigDecimal("10000000000"), new BigDecimal("20000000000"), "EUR", null);

    @Test
    void image_section_modified_date_and_range_ends_are_written_when_known() {
        Extraction e = new Extraction("Titre", null, "Site", "https://exemple.fr/a", "fr",
                Instant.parse("2025-02-10T08:00:00Z"), RANGE.text(), List.of(), List.of(RANGE),
                "https://exemple.fr/a.jpg", "Économie", Instant.parse("2025-02-11T09:30:00Z"));

        ObjectNode json = ExtractionJson.toJson(e);

        assertThat(json.get("image").asText()).isEqualTo("https://exemple.fr/a.jpg");
        assertThat(json.get("section").asText()).isEqualTo("Économie");
        assertThat(json.get("modifiedAt").asText()).isEqualTo("2025-02-11T09:30:00Z");
        assertThat(json.get("facts").get(0).get("valueEnd").decimalValue()).isEqualByComparingTo("20000000000");
        assertThat(ExtractionJson.line(json)).contains("\"value\":10000000000,\"valueEnd\":20000000000");
    }

    @Test
    void an_extraction_built_the_old_way_writes_the_old_shape() {
        Fact single = Fact.money("109 milliards d'euros", 0, 21, new BigDecimal("109000000000"), "EUR", null);
        Extraction e = new Extraction("Titre", null, null, null, "fr", null, single.text(), List.of(), List.of(single));

        ObjectNode json = ExtractionJson.toJson(e);

        assertThat(json.has("image")).isFalse();
        assertThat(json.has("section")).isFalse();
        assertThat(json.has("modifiedAt")).isFalse();
        assertThat(json.get("facts").get(0).has("valueEnd")).isFalse();
    }
}
