package io.veille.extractor.quality;

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
        return FloorFile.inSources(RESOURCE);
    }

    static RealPagesFloors load(Path file) {
        Properties p = FloorFile.read(file);
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
        problems.addAll(FloorFile.below(minimums, run.measured()));
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
            KEYS.forEach(k -> next.put(k, FloorFile.truncate(measured.get(k))));
            note = Files.exists(file) ? "re-pinned on corpus " + run.corpusHash() : "first floors";
        } else {
            RealPagesFloors current = load(file);
            if (!current.corpusHash().equals(run.corpusHash())) {
                throw new IllegalStateException("refusing to update the real-page floors: " + current.check(run).get(0));
            }
            Map<String, Double> raised = FloorFile.raised(current.minimums(), measured, "real-page");
            KEYS.forEach(k -> next.put(k, raised.get(k)));
            note = "raised from " + current.describe();
        }
        write(file, run, next);
        return "[realpages] floors written to " + file + " (" + note + ")";
    }

    /** The summary without strategy counts and timings, which change without the quality changing. */
    private static String withoutTimes(String summary) {
        return summary.replaceAll(" \\| \\{.*?}", "").replaceAll(" \\| [\\d.]+ ms/page", "");
    }

    private static void write(Path file, RealPagesEvaluation.Run run, Map<String, Double> floors) {
        FloorFile.write(file, List.of(
                "Real-page quality floors, enforced by RealPagesEvaluationTest (io.veille.extractor.quality).",
                "Corpus: shared/pages (README there). Written by the floor-update command, which never lowers a",
                "floor: ./mvnw -B test -pl extractor-core -am -Dtest=RealPagesEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false -Dveille.floors.update=true",
                "A floor is the measured value truncated to 4 decimals. Do not edit by hand to make a build pass.",
                "Measured on this run:",
                "  " + withoutTimes(run.snippetTotals().summary()),
                "  " + withoutTimes(run.bodyTotals().summary())), Map.of(CORPUS, run.corpusHash()), floors);
    }
}
