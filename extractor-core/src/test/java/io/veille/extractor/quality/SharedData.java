package io.veille.extractor.quality;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real corpora live: the system property {@code veille.shared} when set, else the first
 * {@code shared/} beside the working directory or one of its parents (CI clones the repository
 * with {@code shared/} next to it). Absent data fails the gate: a gate that passes on nothing
 * would hide a regression.
 */
final class SharedData {

    private SharedData() {
    }

    static Path dir(String wanted) {
        String property = System.getProperty("veille.shared");
        if (property != null && !property.isBlank()) {
            return require(Path.of(property).resolve(wanted), "veille.shared=" + property);
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            for (Path candidate : new Path[] {at.resolve("shared"), at.resolveSibling("shared")}) {
                if (Files.isDirectory(candidate.resolve(wanted))) {
                    return candidate.resolve(wanted);
                }
            }
        }
        throw new IllegalStateException("no shared/" + wanted + " found beside " + Path.of("").toAbsolutePath()
                + " or its parents; set -Dveille.shared=<dir> to the folder holding facts/, pages/ and ner/");
    }

    private static Path require(Path dir, String from) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " does not exist (from " + from + ")");
        }
        return dir;
    }
}
