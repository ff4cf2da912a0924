package io.veille.extractor.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.veille.extractor.quality.RealPagesEvaluation.BodyResult;
import io.veille.extractor.quality.RealPagesEvaluation.Run;
import io.veille.extractor.quality.RealPagesEvaluation.SnippetResult;

/**
 * The real-page reports under {@code target/realpages/}: {@code snippets.md} and {@code bodies.md}
 * (one row per page, worst first: which strategy gave the body, each candidate's length, and where
 * the points went: snippets missed, furniture kept, lines of the expected body lost, paragraphs
 * extracted that it does not have), {@code pages.tsv} (one line per page, to diff two runs), and
 * each page's extracted text under {@code text/}.
 */
final class RealPagesReport {

    /** A line of the expected body, or an extracted paragraph, counts as lost or extra below this shingle overlap. */
    private static final double OVERLAP = 0.5;
    private static final int SHOWN = 4;
    private static final int CLIP = 90;

    private RealPagesReport() {
    }

    static void write(Path dir, Run run) {
        ReportWriter.write(dir.resolve("snippets.md"), snippets(run));
        ReportWriter.write(dir.resolve("bodies.md"), bodies(run));
        ReportWriter.write(dir.resolve("pages.tsv"), tsv(run));
        ReportWriter.write(dir.resolve("summary.txt"), run.snippetTotals().summary() + "\n" + run.bodyTotals().summary() + "\n");
        try {
            Path texts = dir.resolve("text");
            Files.createDirectories(texts.resolve("snippets"));
            Files.createDirectories(texts.resolve("bodies"));
            for (SnippetResult r : run.snippets()) {
                Files.writeString(texts.resolve("snippets").resolve(r.page().name() + ".txt"), r.text(), StandardCharsets.UTF_8);
            }
            for (BodyResult r : run.bodies()) {
                Files.writeString(texts.resolve("bodies").resolve(r.page().name() + ".txt"), r.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snippets(Run run) {
        StringBuilder md = new StringBuilder("# Real pages: snippets set\n\n").append(run.snippetTotals().summary())
                .append("\n\nCorpus SHA-256 ").append(run.corpusHash())
                .append(". Pages with a lost point first (fn + fp, then name).\n\n")
                .append("| page | strategy | candidates | tp | fn | fp | ms | snippets missed | furniture kept |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        List<SnippetResult> rows = new ArrayList<>(run.snippets());
        rows.sort(Comparator.comparingInt((SnippetResult r) -> -(r.count().fn() + r.count().fp()))
                .thenComparing(r -> r.page().name()));
        for (SnippetResult r : rows) {
            md.append("| ").append(r.page().name()).append(" | ").append(r.strategy()).append(" | ").append(r.candidates())
                    .append(" | ").append(r.count().tp()).append(" | ").append(r.count().fn()).append(" | ").append(r.count().fp())
                    .append(" | ").append(ms(r.nanos()))
                    .append(" | ").append(quoted(r.count().missed()))
                    .append(" | ").append(quoted(r.count().kept()))
                    .append(r.error() == null ? "" : " error: " + cell(r.error()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String bodies(Run run) {
        StringBuilder md = new StringBuilder("# Real pages: bodies set\n\n").append(run.bodyTotals().summary())
                .append("\n\nCorpus SHA-256 ").append(run.corpusHash())
                .append(". Worst body F1 first. \"lost\": lines of the expected body less than half of whose shingles"
                        + " were extracted; \"extra\": extracted paragraphs less than half of whose shingles the expected"
                        + " body has (n shingles in brackets).\n\n")
                .append("| page | strategy | candidates | P | R | F1 | ms | title | date | authors | lost | extra |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<BodyResult> rows = new ArrayList<>(run.bodies());
        rows.sort(Comparator.comparingDouble((BodyResult r) -> f1(r.body())).thenComparing(r -> r.page().name()));
        for (BodyResult r : rows) {
            Map<String, Integer> truth = ShingleScore.benchmarkShingles(r.page().body());
            Map<String, Integer> got = ShingleScore.benchmarkShingles(r.text());
            md.append("| ").append(r.page().name()).append(" | ").append(r.strategy()).append(" | ").append(r.candidates())
                    .append(" | ").append(f(r.body().precision())).append(" | ").append(f(r.body().recall()))
                    .append(" | ").append(f(f1(r.body()))).append(" | ").append(ms(r.nanos()))
                    .append(" | ").append(r.titleOk() ? "ok" : "**no** «" + cell(r.title()) + "» want «" + cell(r.page().title()) + "»")
                    .append(" | ").append(r.dateOk() ? "ok" : "**no** " + RealPageMatch.instant(r.published()) + " want "
                            + r.page().publishedAt())
                    .append(" | ").append(r.authorsOk() == null ? "-" : r.authorsOk() ? "ok"
                            : "**no** «" + cell(r.byline()) + "» want " + cell(String.join("; ", r.page().authors())))
                    .append(" | ").append(outside(List.of(r.page().body().split("\n")), got))
                    .append(" | ").append(outside(List.of(r.text().split("\n\n")), truth))
                    .append(r.error() == null ? "" : " error: " + cell(r.error()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** The parts (lines or paragraphs) most of whose shingles the other side lacks, longest first. */
    private static String outside(List<String> parts, Map<String, Integer> other) {
        List<String[]> found = new ArrayList<>();
        int count = 0;
        int shingles = 0;
        for (String part : parts) {
            Map<String, Integer> own = ShingleScore.benchmarkShingles(part);
            int total = own.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                continue;
            }
            int shared = 0;
            for (var e : own.entrySet()) {
                shared += Math.min(e.getValue(), other.getOrDefault(e.getKey(), 0));
            }
            if (shared < total * OVERLAP) {
                count++;
                shingles += total;
                found.add(new String[] {String.valueOf(total), part});
            }
        }
        if (count == 0) {
            return "";
        }
        found.sort(Comparator.comparingInt((String[] a) -> -Integer.parseInt(a[0])));
        StringBuilder s = new StringBuilder().append(count).append(" (").append(shingles).append(" sh): ");
        for (int i = 0; i < Math.min(SHOWN, found.size()); i++) {
            s.append(i == 0 ? "" : "; ").append('[').append(found.get(i)[0]).append("] «").append(cell(clip(found.get(i)[1]))).append('»');
        }
        return s.toString();
    }

    private static String tsv(Run run) {
        StringBuilder s = new StringBuilder("set\tpage\tstrategy\tscore\tdetail\n");
        for (SnippetResult r : run.snippets()) {
            s.append("snippets\t").append(r.page().name()).append('\t').append(r.strategy()).append('\t')
                    .append(r.count().tp()).append('/').append(r.count().fn()).append('/').append(r.count().fp())
                    .append('\t').append(r.candidates()).append('\n');
        }
        for (BodyResult r : run.bodies()) {
            s.append("bodies\t").append(r.page().name()).append('\t').append(r.strategy()).append('\t')
                    .append(f(f1(r.body()))).append('\t')
                    .append(r.titleOk() ? "T" : "t").append(r.dateOk() ? "D" : "d")
                    .append(r.authorsOk() == null ? "-" : r.authorsOk() ? "A" : "a").append(' ').append(r.candidates())
                    .append('\n');
        }
        return s.toString();
    }

    private static double f1(ShingleScore.Matching m) {
        double p = m.precision();
        double r = m.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String quoted(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (String i : items) {
            s.append(s.isEmpty() ? "" : "; ").append('«').append(cell(clip(i))).append('»');
        }
        return s.toString();
    }

    private static String clip(String s) {
        String t = RealPageMatch.spaces(s);
        return t.length() <= CLIP ? t : t.substring(0, CLIP) + "…";
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
