package io.veille.extractor.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The real-page floors, committed in {@code src/test/resources/realpages/floor.properties} with the
 * SHA-256 of the corpus they were measured on. A floor is a measured value truncated to four
 * decimals (the extraction is deterministic, so a run on the same code and corpus meets it exactly).
 *
 * <p>{@link #update} raises floors to a run's values and refuses to lower any: when a measure is below
 * its floor nothing is written. Only a changed corpus ({@code repin}) may set floors afresh, and the
 * new hash goes with them.
 */
record RealPagesFloors(String corpusHash, Map<String, Double> minimums) {

    static final String CORPUS = "corpus.sha256";
    static final String SNIPPETS_F1 = "snippets.f1.min";
    static final String BODIES_F1 = "bodies.f1.min";
    static final String BODIES_TITLE = "bodies.title.min";
    static final String BODIES_DATE = "bodies.date.min";
    static final String BODIES_AUTHORS = "bodies.authors.min";
    static final List<String> KEYS = List.of(SNIPPETS_F1, BODIES_F1, BODIES_TITLE, BODIES_DATE, BODIES_AUTHORS);
    private static final String RESOURCE = "src/test/resources/realpages/floor.properties";

    /** The committed file, in the module's sources (not the copy under target/test-classes). */
    static Path sourceFile() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve(RESOURCE);
    }

    static RealPagesFloors load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the real-page floors at " + file, e);
        }
        Map<String, Double> mins = new LinkedHashMap<>();
        for (String key : KEYS) {
            String v = p.getProperty(key);
            if (v == null) {
                throw new IllegalStateException(file + " has no " + key);
            }
            mins.put(key, Double.parseDouble(v.strip()));
        }
        String hash = p.getProperty(CORPUS);
        if (hash == null || hash.isBlank()) {
            throw new IllegalStateException(file + " pins no corpus (" + CORPUS + ")");
        }
        return new RealPagesFloors(hash.strip(), mins);
    }

    /** What is wrong with a run against these floors: a different corpus, or measures below their floors. */
    List<String> check(RealPagesEvaluation.Run run) {
        List<String> problems = new ArrayList<>();
        if (!corpusHash.equals(run.corpusHash())) {
            problems.add("the corpus changed: its SHA-256 is " + run.corpusHash() + " but the floors were measured on "
                    + corpusHash + ". Scores on another corpus do not compare with these floors; if the change is"
                    + " intended, re-pin with -Dveille.floors.repin=true (writes the new hash and the measured floors)");
            return problems;
        }
        Map<String, Double> measured = run.measured();
        for (String key : KEYS) {
            double got = measured.get(key);
            if (got < minimums.get(key)) {
                problems.add(String.format(Locale.ROOT, "%s: measured %.4f, floor %.4f", key, got, minimums.get(key)));
            }
        }
        return problems;
    }

    String describe() {
        StringBuilder s = new StringBuilder();
        minimums.forEach((k, v) -> s.append(k).append(' ').append(String.format(Locale.ROOT, "%.4f", v)).append(", "));
        return s.append("corpus ").append(corpusHash, 0, Math.min(12, corpusHash.length())).toString();
    }

    /**
     * Raises the floors in {@code file} to the run's measures. Refuses (throws, writes nothing) when
     * any measure is below its floor or the corpus changed, unless {@code repin}: then the corpus hash
     * and the floors are set from this run, lowered or not.
     *
     * @return what was done, for the console
     */
    static String update(Path file, RealPagesEvaluation.Run run, boolean repin) {
        Map<String, Double> measured = run.measured();
        Map<String, Double> next = new LinkedHashMap<>();
        String note;
        if (repin || !Files.exists(file)) {
            KEYS.forEach(k -> next.put(k, truncate(measured.get(k))));
            note = Files.exists(file) ? "re-pinned on corpus " + run.corpusHash() : "first floors";
        } else {
            RealPagesFloors current = load(file);
            List<String> problems = current.check(run);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("refusing to update the real-page floors, a floor would go down:\n  "
                        + String.join("\n  ", problems));
            }
            KEYS.forEach(k -> next.put(k, Math.max(current.minimums().get(k), truncate(measured.get(k)))));
            note = "raised from " + current.describe();
        }
        write(file, run, next);
        return "[realpages] floors written to " + file + " (" + note + ")";
    }

    /** The summary without strategy counts and timings, which change without the quality changing. */
    private static String withoutTimes(String summary) {
        return summary.replaceAll(" \\| \\{.*?}", "").replaceAll(" \\| [\\d.]+ ms/page", "");
    }

    private static double truncate(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.FLOOR).doubleValue();
    }

    private static void write(Path file, RealPagesEvaluation.Run run, Map<String, Double> floors) {
        var s = run.snippetTotals();
        var b = run.bodyTotals();
        StringBuilder out = new StringBuilder()
                .append("# Real-page quality floors, enforced by RealPagesEvaluationTest (io.veille.extractor.quality).\n")
                .append("# Corpus: shared/pages (README there). Written by the floor-update command, which never lowers a\n")
                .append("# floor: ./mvnw -B test -pl extractor-core -am -Dtest=RealPagesEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false -Dveille.floors.update=true\n")
                .append("# A floor is the measured value truncated to 4 decimals. Do not edit by hand to make a build pass.\n")
                .append("# Measured on this run:\n")
                .append("#   ").append(withoutTimes(s.summary())).append('\n')
                .append("#   ").append(withoutTimes(b.summary())).append('\n')
                .append(CORPUS).append('=').append(run.corpusHash()).append('\n');
        floors.forEach((k, v) -> out.append(k).append('=').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
