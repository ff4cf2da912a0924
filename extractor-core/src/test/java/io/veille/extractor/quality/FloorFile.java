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
 * A committed file of quality floors ({@code key.min=0.1234}) that a run may raise and never lower:
 * the mechanism the quality gates share. {@code -Dveille.floors.update=true} asks a gate to write
 * its run's measures, each truncated to four decimals, over the floors they beat; when any measure
 * is below its floor nothing is written, so a regression cannot be committed as a new floor.
 */
final class FloorFile {

    static final String UPDATE = "veille.floors.update";

    private FloorFile() {
    }

    /** Whether this run was asked to raise its floors. */
    static boolean updateRequested() {
        return Boolean.getBoolean(UPDATE);
    }

    /** A file in the module's sources (not its copy under target/test-classes), so an update is committed. */
    static Path inSources(String resource) {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve(resource);
    }

    static Properties read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the floors at " + file, e);
        }
        return p;
    }

    /** The measures below their floors, as "key: measured 0.8000, floor 0.9000"; a floor not measured is one. */
    static List<String> below(Map<String, Double> floors, Map<String, Double> measured) {
        List<String> problems = new ArrayList<>();
        floors.forEach((key, floor) -> {
            Double got = measured.get(key);
            if (got == null) {
                problems.add(key + ": not measured");
            } else if (got < floor) {
                problems.add(String.format(Locale.ROOT, "%s: measured %.4f, floor %.4f", key, got, floor));
            }
        });
        return problems;
    }

    /**
     * The floors raised to the measures: each the higher of its floor and its measure truncated, a
     * measure without a floor becoming one. Throws, naming them, when any measure is below its floor.
     */
    static Map<String, Double> raised(Map<String, Double> floors, Map<String, Double> measured, String gate) {
        List<String> problems = below(floors, measured);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to update the " + gate + " floors, a floor would go down:\n  "
                    + String.join("\n  ", problems));
        }
        Map<String, Double> next = new LinkedHashMap<>(floors);
        measured.forEach((key, got) -> next.merge(key, truncate(got), Math::max));
        return next;
    }

    static double truncate(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.FLOOR).doubleValue();
    }

    /**
     * Writes the file: its comment lines, then the pinned values ({@code corpus.sha256}), then the
     * floors with four decimals, in the order given.
     */
    static void write(Path file, List<String> comments, Map<String, String> pins, Map<String, Double> floors) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        pins.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        floors.forEach((k, v) -> out.append(k).append('=').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
