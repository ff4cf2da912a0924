package io.veille.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result into what people read: pages/s and texts/s with MB/s derived from the
 * page set's bytes (MB = 10^6 bytes), written to {@code <results>/latest.md}, to
 * {@code <jmh file>.summary.json}, and into the README table between the bench markers.
 *
 * <p>{@code Report JMH_JSON RESULTS_DIR README [LOAD_AT_START]}
 */
public final class Report {

    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What one benchmark's operation consumes: a page or a text, of the set's mean size. */
    record Unit(String name, int count, long totalBytes) {
        double meanBytes() {
            return (double) totalBytes / count;
        }
    }

    record Row(String benchmark, String unit, double perSecond, double perSecondError, double mbPerSecond,
            double msPerOp, int count, long totalBytes) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Report JMH_JSON RESULTS_DIR README [LOAD_AT_START]");
            System.exit(2);
        }
        Path jmh = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Path readme = Path.of(args[2]);
        if (!Files.isRegularFile(jmh)) {
            return; // JMH was asked to list or explain, not to run
        }
        PageSet set = PageSet.load();
        List<ExtractedText> texts = ExtractedText.of(set);
        Map<String, Unit> units = Map.of(
                "ExtractionBenchmark", new Unit("pages", set.pages().size(), set.totalBytes()),
                "FactBenchmark", new Unit("texts", texts.size(), texts.stream().mapToLong(ExtractedText::bytes).sum()));

        JsonNode runs = JSON.readTree(jmh.toFile());
        List<Row> rows = rows(runs, units);
        String context = context(runs, jmh, args.length > 3 ? args[3] : null);

        Files.writeString(results.resolve("latest.md"), "# Latest benchmark run\n\n" + context + "\n\n" + table(rows) + "\n",
                StandardCharsets.UTF_8);
        Path summary = jmh.resolveSibling(jmh.getFileName().toString().replaceFirst("\\.json$", "") + ".summary.json");
        JSON.writeValue(summary.toFile(), rows);
        updateReadme(readme, table(rows) + "\n" + context + " Details: [bench/README.md](bench/README.md).");
        System.out.println(table(rows));
        System.out.println(context);
    }

    static List<Row> rows(JsonNode runs, Map<String, Unit> units) {
        Map<String, Row> byBenchmark = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.get("benchmark").asText();
            String simple = benchmark.substring(0, benchmark.lastIndexOf('.'));
            simple = simple.substring(simple.lastIndexOf('.') + 1);
            Unit unit = units.get(simple);
            if (unit == null) {
                continue;
            }
            String shortName = simple + "." + benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Row row = byBenchmark.getOrDefault(shortName, new Row(shortName, unit.name(), Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, unit.count(), unit.totalBytes()));
            JsonNode metric = run.get("primaryMetric");
            double score = metric.get("score").asDouble();
            double error = metric.get("scoreError").asDouble();
            double perSecond = "thrpt".equals(run.get("mode").asText()) ? perSecond(score, metric.get("scoreUnit").asText()) : Double.NaN;
            if (!Double.isNaN(perSecond)) {
                double scale = perSecond / score;
                row = new Row(row.benchmark(), row.unit(), perSecond, error * scale, perSecond * unit.meanBytes() / 1e6,
                        row.msPerOp(), row.count(), row.totalBytes());
            } else if ("avgt".equals(run.get("mode").asText())) {
                row = new Row(row.benchmark(), row.unit(), row.perSecond(), row.perSecondError(), row.mbPerSecond(),
                        millisPerOp(score, metric.get("scoreUnit").asText()), row.count(), row.totalBytes());
            }
            byBenchmark.put(shortName, row);
        }
        return new ArrayList<>(byBenchmark.values());
    }

    static String table(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| benchmark (1 thread) | throughput | MB/s | mean time per op | set |\n");
        md.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s/s | %s | %s | %d %s, %,d bytes |%n",
                    r.benchmark(), number(r.perSecond(), "%.1f") + (Double.isNaN(r.perSecondError()) ? ""
                            : " ± " + number(r.perSecondError(), "%.1f")),
                    r.unit(), number(r.mbPerSecond(), "%.2f"), number(r.msPerOp(), "%.2f ms"),
                    r.count(), r.unit(), r.totalBytes()));
        }
        return md.toString();
    }

    /** JMH gives no error bar for a single iteration, and a mode that was not run gives nothing. */
    private static String number(double value, String format) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
    }

    private static String context(JsonNode runs, Path jmh, String loadAtStart) {
        JsonNode first = runs.isEmpty() ? JSON.createObjectNode() : runs.get(0);
        return String.format(Locale.ROOT,
                "Measured %s on %d processors with %s %s (JMH %s: %s warm-up × %s, %s measurement × %s, %s fork, 1 thread); "
                        + "load average %sat the end %s (other builds shared the machine). Raw results: `%s`.",
                jmh.getFileName().toString().replaceAll("^jmh-|\\.json$", ""), Runtime.getRuntime().availableProcessors(),
                first.path("vmName").asText("?"), first.path("jdkVersion").asText("?"), first.path("jmhVersion").asText("?"),
                first.path("warmupIterations").asText("?"), first.path("warmupTime").asText("?"),
                first.path("measurementIterations").asText("?"), first.path("measurementTime").asText("?"),
                first.path("forks").asText("?"),
                loadAtStart == null || loadAtStart.isBlank() ? "" : "at the start " + loadAtStart + ", ", loadAverage(), "bench/results/" + jmh.getFileName());
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2] + " (1/5/15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double perSecond(double score, String unit) {
        return switch (unit) {
            case "ops/s" -> score;
            case "ops/ms" -> score * 1e3;
            case "ops/us" -> score * 1e6;
            default -> Double.NaN;
        };
    }

    private static double millisPerOp(double score, String unit) {
        return switch (unit) {
            case "s/op" -> score * 1e3;
            case "ms/op" -> score;
            case "us/op" -> score / 1e3;
            case "ns/op" -> score / 1e6;
            default -> Double.NaN;
        };
    }

    /** Replaces what lies between the markers, adding a Benchmarks section when there are none. */
    static void updateReadme(Path readme, String content) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        String block = START + "\n" + content.strip() + "\n" + END;
        if (start >= 0 && end > start) {
            text = text.substring(0, start) + block + text.substring(end + END.length());
        } else {
            String section = "## Benchmarks\n\n`./veille bench` runs the extractor's JMH benchmarks; `./veille bench heap` "
                    + "finds the heap it needs for 10,000 pages. See [bench/README.md](bench/README.md).\n\n" + block + "\n\n";
            int before = text.indexOf("\n## Demo corpus");
            text = before >= 0 ? text.substring(0, before + 1) + section + text.substring(before + 1)
                    : text.stripTrailing() + "\n\n" + section;
        }
        Files.writeString(readme, text, StandardCharsets.UTF_8);
    }
}
