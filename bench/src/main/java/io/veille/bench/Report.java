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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result into what people read: pages/s and texts/s with MB/s derived from the
 * page set's bytes (MB = 10^6 bytes), written to {@code <results>/latest.md}, to
 * {@code <jmh file>.summary.json}, and into the README table between the bench markers. The
 * table also gets a row for the last digest API load run ({@link ApiLoad}) when there is one.
 *
 * <p>{@code Report JMH_JSON RESULTS_DIR README [LOAD_AT_START]}, or
 * {@code Report --readme RESULTS_DIR README} to rebuild the README table from the results already
 * there (the JMH run that {@code latest.md} names, and {@code digest-api-load.json}).
 */
public final class Report {

    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";
    private static final Pattern RAW_RESULTS = Pattern.compile("Raw results: `([^`]+)`");
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
            System.err.println("usage: Report JMH_JSON RESULTS_DIR README [LOAD_AT_START] | Report --readme RESULTS_DIR README");
            System.exit(2);
        }
        if (args[0].equals("--readme")) {
            Path results = Path.of(args[1]);
            String block = readmeBlock(results, lastJmhRows(results), lastJmhContext(results));
            updateReadme(Path.of(args[2]), block);
            System.out.println(block);
            return;
        }
        Path jmh = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Path readme = Path.of(args[2]);
        if (!Files.isRegularFile(jmh)) {
            return; // JMH was asked to list or explain, not to run
        }
        PageSet set = PageSet.load();
        List<ExtractedText> texts = ExtractedText.of(set);
        Map<String, Unit> units = new java.util.HashMap<>(Map.of(
                "ExtractionBenchmark", new Unit("pages", set.pages().size(), set.totalBytes()),
                "FactBenchmark", new Unit("texts", texts.size(), texts.stream().mapToLong(ExtractedText::bytes).sum())));
        if (ranReal(jmh)) {
            RealPageSet real = RealPageSet.load();
            units.put("RealPagesExtractionBenchmark", new Unit("real pages", real.pages().size(), real.totalBytes()));
        }

        JsonNode runs = JSON.readTree(jmh.toFile());
        List<Row> rows = rows(runs, units);
        String context = context(runs, jmh, args.length > 3 ? args[3] : null);

        Files.writeString(results.resolve("latest.md"), "# Latest benchmark run\n\n" + context + "\n\n" + table(rows) + "\n",
                StandardCharsets.UTF_8);
        Path summary = jmh.resolveSibling(jmh.getFileName().toString().replaceFirst("\\.json$", "") + ".summary.json");
        JSON.writeValue(summary.toFile(), rows);
        updateReadme(readme, readmeBlock(results, rows, context));
        System.out.println(table(rows));
        System.out.println(context);
    }

    /** The JMH rows and context, then the digest API run's row and context when it has run. */
    static String readmeBlock(Path results, List<Row> jmhRows, String jmhContext) throws IOException {
        Path apiFile = results.resolve(ApiLoad.RESULT_FILE);
        ApiLoad.Result api = Files.isRegularFile(apiFile) ? ApiLoad.read(apiFile) : null;
        Path deliveriesFile = results.resolve(DELIVERIES_FILE);
        JsonNode deliveries = Files.isRegularFile(deliveriesFile) ? JSON.readTree(deliveriesFile.toFile()) : null;
        StringBuilder md = new StringBuilder(table(jmhRows));
        if (api != null) {
            md.append(apiRow(api));
        }
        if (deliveries != null) {
            md.append(deliveriesRow(deliveries));
        }
        md.append('\n');
        if (jmhContext != null) {
            md.append(jmhContext).append(' ');
        }
        if (api != null) {
            md.append(apiContext(api, "bench/results/" + apiFile.getFileName())).append(' ');
        }
        if (deliveries != null) {
            md.append(String.format(Locale.ROOT, "Deliveries measured %s on a stack of their own (`./veille bench deliveries`, %d"
                            + " processors, %s); load average at the end %.2f. Raw results: `bench/results/%s`. ",
                    deliveries.path("measuredAt").asText(), deliveries.path("processors").asInt(), deliveries.path("jvm").asText(),
                    deliveries.path("loadAverageAtEnd").asDouble(), DELIVERIES_FILE));
        }
        return md.append("Details: [bench/README.md](bench/README.md).").toString();
    }

    /** Written by deploy/local's DeliveryLoad ({@code ./veille bench deliveries}). */
    static final String DELIVERIES_FILE = "deliveries.json";

    static String deliveriesRow(JsonNode r) {
        return String.format(Locale.ROOT, "| webhook deliveries, one new story to %d subscriptions | %.1f deliveries/s | – "
                        + "| article to webhook p50 %.0f / p99 %.0f / max %.0f ms | %d of %d delivered, %d signatures valid |%n",
                r.path("subscriptions").asInt(), r.path("deliveriesPerSecond").asDouble(), r.path("p50Ms").asDouble(),
                r.path("p99Ms").asDouble(), r.path("maxMs").asDouble(), r.path("deliveries").asInt(), r.path("subscriptions").asInt(),
                r.path("validSignatures").asInt());
    }

    static String apiRow(ApiLoad.Result r) {
        return String.format(Locale.ROOT, "| digest API reads, %d clients (closed loop) | %s req/s | – | p50 %s / p90 %s / p99 %s / max %s ms "
                        + "| %d GET paths, %d s after %d s warm-up; %d non-2xx, %d errors |%n",
                r.concurrency(), number(r.throughputPerSecond(), "%.1f"), ApiLoad.ms(r.p50Ms()), ApiLoad.ms(r.p90Ms()),
                ApiLoad.ms(r.p99Ms()), ApiLoad.ms(r.maxMs()), r.paths().size(), r.durationSeconds(), r.warmupSeconds(),
                r.non2xx(), r.errors());
    }

    private static String apiContext(ApiLoad.Result r, String file) {
        return String.format(Locale.ROOT, "Digest API measured %s against %s from the same machine (%d processors, %s, "
                        + "%d requests, latencies of 2xx answers); load average at the end %s. Raw results: `%s`.",
                r.date(), r.baseUrl(), r.cores(), r.jdk(), r.requests(), r.loadAverage(), file);
    }

    /** The summary of the JMH run that {@code latest.md} describes; none when there is no such run. */
    static List<Row> lastJmhRows(Path results) throws IOException {
        Matcher raw = RAW_RESULTS.matcher(latest(results));
        if (!raw.find()) {
            return List.of();
        }
        Path summary = results.resolve(Path.of(raw.group(1)).getFileName().toString().replaceFirst("\\.json$", "") + ".summary.json");
        return Files.isRegularFile(summary) ? List.of(JSON.readValue(summary.toFile(), Row[].class)) : List.of();
    }

    /** The context paragraph of {@code latest.md}, which starts with "Measured". */
    static String lastJmhContext(Path results) throws IOException {
        for (String paragraph : latest(results).split("\n\\s*\n")) {
            if (paragraph.startsWith("Measured ")) {
                return paragraph.strip();
            }
        }
        return null;
    }

    /** The real-page set is read only when its benchmark ran: it takes seconds to decompress, and a run may have left it out. */
    private static boolean ranReal(Path jmh) throws IOException {
        return Files.readString(jmh, StandardCharsets.UTF_8).contains("RealPagesExtractionBenchmark");
    }

    private static String latest(Path results) throws IOException {
        Path latest = results.resolve("latest.md");
        return Files.isRegularFile(latest) ? Files.readString(latest, StandardCharsets.UTF_8) : "";
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
        md.append("| benchmark | throughput | MB/s | time per op | set |\n");
        md.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s, 1 thread | %s %s/s | %s | %s | %d %s, %,d bytes |%n",
                    r.benchmark(), number(r.perSecond(), "%.1f") + (Double.isNaN(r.perSecondError()) ? ""
                            : " ± " + number(r.perSecondError(), "%.1f")),
                    r.unit(), number(r.mbPerSecond(), "%.2f"), number(r.msPerOp(), "%.2f ms mean"),
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
                    + "finds the heap it needs for 10,000 pages; `./veille bench api` measures the digest API's read latency "
                    + "against a running summary service. See [bench/README.md](bench/README.md).\n\n" + block + "\n\n";
            int before = text.indexOf("\n## Demo corpus");
            text = before >= 0 ? text.substring(0, before + 1) + section + text.substring(before + 1)
                    : text.stripTrailing() + "\n\n" + section;
        }
        Files.writeString(readme, text, StandardCharsets.UTF_8);
    }
}
