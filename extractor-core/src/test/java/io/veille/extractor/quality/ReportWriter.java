package io.veille.extractor.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.veille.contracts.Fact;

/** Markdown reports under target/, so a failing gate shows which pages or fixtures moved. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static String golden(GoldenTotals totals, List<PageResult> pages) {
        StringBuilder md = new StringBuilder("# Golden set report\n\n")
                .append(totals.summary()).append("\n\n")
                .append("| page | P | R | F1 | title | date | lang | missing snippets | furniture kept | missing facts |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (PageResult r : pages) {
            md.append("| ").append(r.name())
                    .append(" | ").append(f(r.body().precision()))
                    .append(" | ").append(f(r.body().recall()))
                    .append(" | ").append(f(r.body().f1()))
                    .append(" | ").append(ok(r.titleOk()))
                    .append(" | ").append(ok(r.dateOk()))
                    .append(" | ").append(ok(r.langOk()))
                    .append(" | ").append(cell(r.missingSnippets()))
                    .append(" | ").append(cell(r.presentFurniture()))
                    .append(" | ").append(cell(facts(r)))
                    .append(r.error() == null ? "" : " error: " + escape(r.error()))
                    .append(" |\n");
        }
        return md.toString();
    }

    public static String facts(FixtureTotals totals, List<FixtureScore> rows) {
        StringBuilder md = new StringBuilder("# Fact fixtures report\n\n")
                .append(totals.summary()).append("\n\n")
                .append("Rows that are not exactly right:\n\n")
                .append("| line | lang | expected | span | got (overlapping the span) |\n|---|---|---|---|---|\n");
        for (FixtureScore s : rows) {
            if (s.correct()) {
                continue;
            }
            FactFixture r = s.fixture();
            md.append("| ").append(r.line()).append(" | ").append(r.lang())
                    .append(" | ").append(r.type()).append(r.value() == null ? "" : " " + r.value().toPlainString())
                    .append(r.detail() == null ? "" : " " + r.detail())
                    .append(" | ").append(escape(r.span()))
                    .append(" | ").append(escape(s.overlapping().stream().map(ReportWriter::fact)
                            .collect(Collectors.joining("; "))))
                    .append(" |\n");
        }
        return md.toString();
    }

    public static void write(Path file, String markdown) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fact(Fact f) {
        String v = f.value() == null ? "" : " " + f.value().toPlainString();
        String d = f.currency() != null ? " " + f.currency() : f.unit() != null ? " " + f.unit()
                : f.date() != null ? " " + f.date() : "";
        return f.type() + " «" + f.text() + "»" + v + d;
    }

    private static List<String> facts(PageResult r) {
        return java.util.stream.Stream.concat(r.missingMoney().stream(), r.missingOtherFacts().stream())
                .map(g -> g.type() + " " + g.describe()).toList();
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String ok(boolean b) {
        return b ? "ok" : "**no**";
    }

    private static String cell(List<String> items) {
        return escape(String.join("; ", items));
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
