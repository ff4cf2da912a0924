package io.veille.summary.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every MONEY, PERCENT and DATE fact of the extractor's French and English golden pages, as the page writes it, read
 * back by the grounding side: a figure the extractor reads, grounding must be able to check, with the
 * same value, currency and day.
 */
class GoldenFactsGroundingTest {

    @Test
    void grounding_reads_every_golden_fact_as_the_extractor_does() throws IOException {
        List<String> unread = new ArrayList<>();
        int facts = 0;
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> pages = Files.list(goldenDir())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode golden = json.readTree(page.toFile());
                String lang = golden.path("lang").asText();
                if (!lang.equals("fr") && !lang.equals("en")) {
                    continue; // digests are written in French and English; the extractor's gate is on these too
                }
                for (JsonNode fact : golden.path("facts")) {
                    String type = fact.path("type").asText();
                    String text = fact.path("text").asText();
                    boolean read = switch (type) {
                        case "MONEY" -> money(text, lang, fact.path("value").decimalValue(), fact.path("currency").asText());
                        case "PERCENT" -> percent(text, lang, fact.path("value").decimalValue());
                        case "DATE" -> date(text, lang, LocalDate.parse(fact.path("date").asText()));
                        default -> true;
                    };
                    facts += type.equals("QUANTITY") ? 0 : 1;
                    if (!read) {
                        unread.add(page.getFileName() + ": " + type + " «" + text + "» " + fact);
                    }
                }
            }
        }
        assertThat(facts).as("golden facts read").isGreaterThan(100);
        assertThat(unread).as("golden facts grounding cannot read back").isEmpty();
    }

    /** The extractor's list of forms (extractor-core {@code facts/forms.tsv}), which its FactFormsTest reads the same way. */
    @Test
    void grounding_reads_every_form_the_extractor_reads() throws IOException {
        List<String> unread = new ArrayList<>();
        int forms = 0;
        for (String line : Files.readAllLines(goldenDir().resolveSibling("facts").resolve("forms.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            forms++;
            String[] row = line.split("\t");
            String[] expected = row[3].split(" ");
            boolean read = row[2].equals("DATE") ? date(row[1], row[0], LocalDate.parse(expected[0]))
                    : money(row[1], row[0], new BigDecimal(expected[0]), expected[1]);
            if (!read) {
                unread.add(line + " -> " + NumberMentions.in(row[1], row[0]) + " " + DateMentions.in(row[1], row[0]));
            }
        }
        assertThat(forms).as("forms").isGreaterThan(20);
        assertThat(unread).as("forms the extractor reads that grounding cannot read back").isEmpty();
    }

    private static boolean money(String text, String lang, BigDecimal value, String currency) {
        return NumberMentions.in(text, lang).stream()
                .anyMatch(m -> m.value().compareTo(value) == 0 && m.currencies().contains(currency));
    }

    private static boolean percent(String text, String lang, BigDecimal value) {
        return NumberMentions.in(text, lang).stream().anyMatch(m -> m.percent() && m.value().compareTo(value) == 0);
    }

    private static boolean date(String text, String lang, LocalDate day) {
        return DateMentions.in(text, lang).stream().anyMatch(d -> d.day().equals(MonthDay.from(day))
                && (d.year().isEmpty() || d.year().getAsInt() == day.getYear()));
    }

    /** The extractor's golden pages, in this repository beside the summary service. */
    private static Path goldenDir() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path golden = at.resolve("extractor-core/src/test/resources/golden");
            if (Files.isDirectory(golden)) {
                return golden;
            }
        }
        throw new IllegalStateException("extractor-core/src/test/resources/golden not found above " + Path.of("").toAbsolutePath());
    }
}
