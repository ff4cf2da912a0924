package io.veille.crawler.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.veille.contracts.FeedItem;
import io.veille.crawler.url.LinkFilter;
import io.veille.crawler.url.UrlCanonicalizer;

/** Finds the article links of an HTML section page: every {@code a[href]}, canonicalised, through the source's filter chain. */
public final class SectionPageReader {

    /** A section page lists dozens of articles; thousands of links are a site map or a trap. */
    private static final int MAX_LINKS = 500;
    private static final int MAX_TITLE_CHARS = 300;

    private final UrlCanonicalizer canonicalizer;

    public SectionPageReader(UrlCanonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    public List<FeedEntry> read(String html, URI page, LinkFilter filter) {
        Document doc = Jsoup.parse(html, page.toString());
        Set<String> seen = new LinkedHashSet<>();
        List<FeedEntry> entries = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            Optional<String> link = canonicalizer.canonicalize(page, a.attr("href"));
            if (link.isEmpty() || !seen.add(link.get())) {
                continue;
            }
            String kept = filter.filter(page, link.get());
            if (kept == null) {
                continue;
            }
            String title = a.text().strip();
            FeedItem item = new FeedItem(title.isEmpty() ? null : title.substring(0, Math.min(title.length(), MAX_TITLE_CHARS)),
                    null, null, null, List.of());
            entries.add(new FeedEntry(kept, item, null));
            if (entries.size() >= MAX_LINKS) {
                break;
            }
        }
        return entries;
    }
}
