package io.veille.extractor.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of golden/fact-fixtures.tsv: a sentence and the one fact its span must yield. Type NONE marks
 * a hard negative: the span holds a number that is not money (a year, a count, a time, a phone number),
 * and no MONEY or PERCENT fact may cover it.
 *
 * <p>Columns: lang, published, sentence, type, span, value, detail (currency for MONEY, unit for
 * PERCENT and QUANTITY, ISO date for DATE). Lines starting with '#' are comments.
 */
public record FactFixture(int line, String lang, LocalDate published, String sentence, String type, String span,
                          BigDecimal value, String detail) {

    public static List<FactFixture> load(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FactFixture> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 7) {
                throw new IllegalArgumentException("fact-fixtures.tsv line " + (i + 1) + ": 7 columns expected, got " + c.length);
            }
            rows.add(new FactFixture(i + 1, c[0], LocalDate.parse(c[1]), c[2], c[3], c[4],
                    c[5].isEmpty() ? null : new BigDecimal(c[5]), c[6].isEmpty() ? null : c[6]));
        }
        return List.copyOf(rows);
    }

    public boolean negative() {
        return type.equals("NONE");
    }
}
