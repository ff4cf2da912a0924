package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Fact;
import io.veille.extractor.fact.FactExtractor;
import io.veille.extractor.quality.RecognizersCase.Category;

/**
 * The fact gate on text nobody here wrote: the Microsoft Recognizers-Text specifications in
 * {@code shared/facts/recognizers-text} (French and English), through {@link FactExtractor} with
 * the spec's reference date as publication date.
 *
 * <p><b>How a case counts.</b> Each annotation is a case of one category: money (CurrencyModel),
 * percent (PercentModel), dimension (DimensionModel, read as QUANTITY), absolute date and relative
 * date (DateTimeModel, {@code datetimeV2.date} only: see {@link RecognizersCorpus}). A case is
 * <em>found</em> when one extracted fact of the category's type overlaps its span and has its value:
 * the same number (money: in currency units, a minor unit such as "50 cents" being 0.50; and the
 * same ISO currency when the spec gives one), or for a date one of the days the spec accepts (its
 * past and future readings of a date without year or week; month and day only when the spec gives
 * no reference date), a range of days holding it ("18 and 19 June" holds "19 June"), or, for a
 * count of months or years ("two months ago", "dans trois ans"), its month or year: the fact keeps
 * the precision the text has rather than the spec's day. Recall is found / cases. Precision counts
 * the facts of the category's type that overlap some annotation of their input (of any type) among
 * all the facts of that type, on the inputs the reference (.NET) implementation passes (the others
 * often list no annotation).
 *
 * <p><b>News language.</b> A case is reported apart, outside the floors, with its reason, when:
 * (1) its date is counted from another date or event ("three weeks from tmrw", "3 weeks later",
 * "2 semaines à partir du 15 janvier"): news dates count from the publication; (2) it is relative
 * and its spec gives no reference date to resolve it against; (3) it is a day of the month without
 * a month ("le 15", "mon 13th"); (4) the spec contradicts its own text: a month the text names
 * ("vendredi 7 juin" as 6 July), a weekday ("Tuesday March 7" on a Wednesday), or a French numeric
 * date read month first (French and the spec's other French cases read day first); (5) an English
 * numeric day and month both orders allow ("5/12", "7.6"): the spec reads them the American way, and
 * the parser by design does not guess where the text does not say. Times of day, ranges, durations
 * and sets are not single days and are not scored. NotSupported marks are kept as hints in the
 * report, not used to drop cases. Chat-bot phrasing that is none of these stays in and is not chased.
 *
 * <p>Floors: {@code src/test/resources/facts/floor.properties}, raised (never lowered) by a run with
 * {@code -Dveille.floors.update=true} ({@link FloorFile}). Report: {@code target/recognizers-report.md}.
 */
class RecognizersEvaluationTest {

    private static final String FLOORS = "src/test/resources/facts/floor.properties";

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void facts_read_from_the_recognizers_specifications_stay_above_their_floors() {
        List<RecognizersCorpus.Input> inputs = new RecognizersCorpus().load(RecognizersCorpus.root());
        assertThat(inputs).as("Recognizers-Text inputs").hasSizeGreaterThan(1000);

        Map<String, int[]> recall = new TreeMap<>();
        Map<String, int[]> precision = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (RecognizersCorpus.Input input : inputs) {
            List<Fact> facts = extractor.extract(input.text(), input.lang(), input.reference(), List.of());
            for (RecognizersCase c : input.cases()) {
                boolean found = facts.stream().anyMatch(c::readBy);
                int[] tally = recall.computeIfAbsent(key(c), k -> new int[2]);
                tally[0] += found ? 1 : 0;
                tally[1]++;
                if (!found) {
                    misses.add(miss(c, facts));
                }
            }
            for (Fact f : facts) {
                if (f.type() != typeOf(input.model()).factType || !input.complete()) {
                    continue;
                }
                boolean onAnnotation = input.annotated().stream().anyMatch(s -> f.start() < s[1] && s[0] < f.end());
                int[] tally = precision.computeIfAbsent(input.model() + "." + input.lang(), k -> new int[2]);
                tally[0] += onAnnotation ? 1 : 0;
                tally[1]++;
                if (!onAnnotation) {
                    misses.add("| " + input.lang() + " | " + input.model() + " | false positive | "
                            + ReportWriter.fact(f).replace("|", "\\|") + " | " + cell(input.text()) + " |");
                }
            }
        }
        String summary = summary(recall, precision);
        System.out.println(summary);
        ReportWriter.write(Path.of("target", "recognizers-report.md"), "# Recognizers-Text facts\n\n```\n" + summary
                + "```\n\n| lang | category | scope | expected | got (overlapping) | input |\n|---|---|---|---|---|---|\n"
                + String.join("\n", misses) + "\n");

        Map<String, Double> measured = new TreeMap<>();
        recall.forEach((k, t) -> {
            if (!k.endsWith(".apart")) {
                measured.put("recall." + k + ".min", share(t));
            }
        });
        precision.forEach((k, t) -> measured.put("precision." + k + ".min", share(t)));
        Path file = FloorFile.inSources(FLOORS);
        Map<String, Double> floors = floors(file);
        if (FloorFile.updateRequested()) {
            floors = FloorFile.raised(floors, measured, "Recognizers-Text");
            FloorFile.write(file, header(summary), Map.of(), floors);
            System.out.println("[recognizers] floors written to " + file);
        }
        assertThat(FloorFile.below(floors, measured))
                .as("Recognizers-Text floors (%s); losses in target/recognizers-report.md", file).isEmpty();
    }

    private static List<String> header(String summary) {
        List<String> lines = new ArrayList<>(List.of(
                "Floors of RecognizersEvaluationTest: news-language cases of shared/facts/recognizers-text",
                "(see the test's javadoc for how a case counts and which cases are reported apart).",
                "Written by the floor-update command, which never lowers a floor:",
                "./mvnw -B -o test -pl extractor-core -am -Dtest=RecognizersEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false -Dveille.floors.update=true",
                "A floor is the measured value truncated to 4 decimals. Do not edit by hand to make a build pass.",
                "Measured on this run:"));
        summary.lines().forEach(l -> lines.add("  " + l));
        return lines;
    }

    private static Map<String, Double> floors(Path file) {
        Properties p = FloorFile.read(file);
        Map<String, Double> floors = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> floors.put(k, Double.parseDouble(p.getProperty(k).strip())));
        return floors;
    }

    private static String key(RecognizersCase c) {
        return c.category().name().toLowerCase(Locale.ROOT) + "." + c.lang() + (c.news() ? "" : ".apart");
    }

    private static Category typeOf(String model) {
        return switch (model) {
            case "currency" -> Category.MONEY;
            case "percent" -> Category.PERCENT;
            case "dimension" -> Category.DIMENSION;
            default -> Category.ABSOLUTE_DATE;
        };
    }

    private static String miss(RecognizersCase c, List<Fact> facts) {
        String expected = c.value() != null ? c.value().toPlainString() + (c.currency() == null ? "" : " " + c.currency())
                : String.join(" or ", c.dates());
        String got = facts.stream().filter(f -> f.start() < c.end() && c.start() < f.end()).map(ReportWriter::fact)
                .collect(Collectors.joining("; "));
        return "| " + c.lang() + " | " + c.category().name().toLowerCase(Locale.ROOT) + " | "
                + (c.news() ? "news" : c.outOfNews()) + " | «" + cell(c.text()) + "» = " + expected + " | "
                + cell(got) + " | " + cell(c.input()) + " |";
    }

    private static String summary(Map<String, int[]> recall, Map<String, int[]> precision) {
        StringBuilder s = new StringBuilder("[recognizers] recall (found/cases), news language; .apart = reported apart\n");
        recall.forEach((k, t) -> s.append(String.format(Locale.ROOT, "  %-28s %.3f  %4d/%d%n", k, share(t), t[0], t[1])));
        s.append("[recognizers] precision (facts on an annotation / facts)\n");
        precision.forEach((k, t) -> s.append(String.format(Locale.ROOT, "  %-28s %.3f  %4d/%d%n", k, share(t), t[0], t[1])));
        return s.toString();
    }

    private static double share(int[] t) {
        return t[1] == 0 ? 0 : (double) t[0] / t[1];
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
