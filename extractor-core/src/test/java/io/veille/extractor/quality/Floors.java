package io.veille.extractor.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The quality floors the build enforces, kept in golden/floor.properties next to the pages they judge.
 * Shares of pages (title, date, language, snippets) default to 0 when absent.
 */
public record Floors(double bodyF1, double goldenMoneyRecall, double factPrecision, double factRecall,
                     double titleShare, double dateShare, double langShare, double snippetShare) {

    public static Floors load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Floors(
                required(p, "body.f1.min"),
                required(p, "golden.money.recall.min"),
                required(p, "fact.precision.min"),
                required(p, "fact.recall.min"),
                optional(p, "title.ok.min"),
                optional(p, "date.ok.min"),
                optional(p, "lang.ok.min"),
                optional(p, "snippets.ok.min"));
    }

    private static double required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("golden/floor.properties has no " + key);
        }
        return Double.parseDouble(v.trim());
    }

    private static double optional(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null ? 0 : Double.parseDouble(v.trim());
    }
}
