package io.veille.crawler.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a source's URL points at, and so how its article links are found. */
public enum SourceKind {
    /** RSS 0.9x/1.0/2.0 or Atom. */
    FEED("feed"),
    /** JSON Feed 1.0/1.1. */
    JSON_FEED("json-feed"),
    /** A sitemap or a sitemap index, Google News sitemaps included; entries are kept by date. */
    SITEMAP("sitemap"),
    /** An HTML section page without a feed; its links go through the source's link filters. */
    SECTION("section");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SourceKind> ofLabel(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.label.equals(l)).findFirst();
    }
}
