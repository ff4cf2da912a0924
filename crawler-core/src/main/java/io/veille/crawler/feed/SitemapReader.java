package io.veille.crawler.feed;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import io.veille.contracts.FeedItem;

/**
 * Reads a sitemap, a sitemap index or a Google News sitemap with crawler-commons (DTDs off). A sitemap
 * yields at most {@code maxUrls} entries, the first ones in the document; an index at most
 * {@code maxUrls} child sitemaps.
 */
public final class SitemapReader {

    /**
     * @param entries  article URLs with the dates and titles the sitemap gives
     * @param children the sitemaps an index lists (empty for a plain sitemap)
     * @param dropped  entries or children left out by the cap
     */
    public record Sitemap(List<FeedEntry> entries, List<URI> children, int dropped) {
    }

    private final int maxUrls;

    public SitemapReader(int maxUrls) {
        this.maxUrls = maxUrls;
    }

    public Sitemap read(byte[] document, String contentType, URI url) throws FeedParseException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, document, toUrl(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedParseException("not a readable sitemap: " + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            int dropped = 0;
            for (AbstractSiteMap child : index.getSitemaps()) {
                if (children.size() >= maxUrls) {
                    dropped++;
                    continue;
                }
                toUri(child.getUrl()).ifPresent(children::add);
            }
            return new Sitemap(List.of(), children, dropped);
        }
        List<FeedEntry> entries = new ArrayList<>();
        int dropped = 0;
        for (SiteMapURL u : ((SiteMap) parsed).getSiteMapUrls()) {
            if (entries.size() >= maxUrls) {
                dropped++;
                continue;
            }
            if (u.getUrl() != null) {
                entries.add(entry(u));
            }
        }
        return new Sitemap(entries, List.of(), dropped);
    }

    private static FeedEntry entry(SiteMapURL u) {
        Instant lastmod = instant(u.getLastModified());
        NewsAttributes news = news(u);
        Instant published = news != null && news.getPublicationDate() != null ? instant(news.getPublicationDate()) : null;
        String title = news == null || news.getTitle() == null || news.getTitle().isBlank() ? null : news.getTitle().strip();
        FeedItem item = new FeedItem(title, null, published != null ? published : lastmod, null, List.of());
        return new FeedEntry(u.getUrl().toString(), item, lastmod != null ? lastmod : published);
    }

    private static NewsAttributes news(SiteMapURL u) {
        ExtensionMetadata[] all = u.getAttributesForExtension(Extension.NEWS);
        if (all == null) {
            return null;
        }
        for (ExtensionMetadata m : all) {
            if (m instanceof NewsAttributes n) {
                return n;
            }
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static URL toUrl(URI uri) throws FeedParseException {
        try {
            return uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new FeedParseException("not a sitemap URL: " + uri, e);
        }
    }

    private static java.util.Optional<URI> toUri(URL url) {
        try {
            return url == null ? java.util.Optional.empty() : java.util.Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
