package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.extractor.fact.FactExtractor;

/**
 * The forms of {@code facts/forms.tsv} are read by the extractor as the file states; the summary's
 * GroundingCheck reads the same file back (GoldenFactsGroundingTest), so both sides agree on them.
 */
class FactFormsTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-02-12");

    @Test
    void the_extractor_reads_every_form_grounding_must_check() throws IOException {
        List<String> unread = new ArrayList<>();
        int forms = 0;
        try (InputStream in = FactFormsTest.class.getResourceAsStream("/facts/forms.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                forms++;
                FactType type = FactType.valueOf(row[2]);
                List<Fact> facts = new FactExtractor().extract(row[1], row[0], PUBLISHED, List.of());
                boolean read = facts.stream().anyMatch(f -> f.type() == type && (type == FactType.DATE ? row[3].equals(f.date())
                        : f.value().compareTo(new BigDecimal(row[3].split(" ")[0])) == 0 && row[3].split(" ")[1].equals(f.currency())));
                if (!read) {
                    unread.add(line + " -> " + facts.stream().map(ReportWriter::fact).toList());
                }
            }
        }
        assertThat(forms).isGreaterThan(20);
        assertThat(unread).as("forms the extractor does not read as stated").isEmpty();
    }
}
