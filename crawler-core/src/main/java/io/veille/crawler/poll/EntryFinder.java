package io.veille.crawler.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import io.veille.crawler.feed.FeedEntry;
import io.veille.crawler.feed.FeedParseException;
import io.veille.crawler.feed.FeedParser;
import io.veille.crawler.feed.JsonFeedParser;
import io.veille.crawler.feed.SectionPageReader;
import io.veille.crawler.feed.SitemapReader;
import io.veille.crawler.fetch.FetchFailedException;
import io.veille.crawler.fetch.FetchRefusedException;
import io.veille.crawler.fetch.FetchRequest;
import io.veille.crawler.fetch.FetchResult;
import io.veille.crawler.fetch.Fetcher;
import io.veille.crawler.source.Source;
import io.veille.crawler.url.LinkFilter;
import io.veille.crawler.url.LinkFilters;

/**
 * Finds the article links of a source's polled document, by its kind: a feed's items, a JSON Feed's,
 * a section page's links through its filter chain, or a sitemap's entries within the age window (an
 * index's child sitemaps are fetched; a robots.txt's Sitemap: lines are read as an index).
 */
public final class EntryFinder {

    /**
     * @param sitemapMaxBytes  a sitemap longer than this is refused, not cut (a cut XML document is unreadable)
     * @param maxChildSitemaps child sitemaps of an index read per poll
     */
    public record Limits(int sitemapMaxBytes, int maxChildSitemaps) {
    }

    private final Fetcher fetcher;
    private final FeedParser feedParser;
    private final JsonFeedParser jsonFeedParser;
    private final SitemapReader sitemapReader;
    private final SectionPageReader sectionReader;
    private final Limits limits;
    private final Clock clock;

    public EntryFinder(Fetcher fetcher, FeedParser feedParser, JsonFeedParser jsonFeedParser, SitemapReader sitemapReader,
                       SectionPageReader sectionReader, Limits limits, Clock clock) {
        this.fetcher = fetcher;
        this.feedParser = feedParser;
        this.jsonFeedParser = jsonFeedParser;
        this.sitemapReader = sitemapReader;
        this.sectionReader = sectionReader;
        this.limits = limits;
        this.clock = clock;
    }

    /** The body cap of the source's polled document. */
    public int maxBodyBytes(Source source) {
        return switch (source.kind()) {
            case SITEMAP -> limits.sitemapMaxBytes();
            default -> 0;
        };
    }

    public List<FeedEntry> find(Source source, FetchResult document, FetchRequest request, boolean firstPoll)
            throws FeedParseException {
        List<FeedEntry> entries = switch (source.kind()) {
            case FEED -> feedParser.parse(document.body(), document.contentType());
            case JSON_FEED -> jsonFeedParser.parse(document.body());
            case SECTION -> sectionReader.read(document.text(), document.finalUrl(),
                    LinkFilters.chain(source.discovery().linkFilters(), source.discovery().deny()));
            case SITEMAP -> sitemapEntries(source, document, request, firstPoll);
        };
        if (source.kind() == io.veille.crawler.source.SourceKind.SECTION || source.discovery().deny().isEmpty()) {
            return entries;
        }
        LinkFilter deny = LinkFilters.deny(source.discovery().deny().stream().map(Pattern::compile).toList());
        return entries.stream().filter(e -> deny.filter(document.finalUrl(), e.link()) != null).toList();
    }

    private List<FeedEntry> sitemapEntries(Source source, FetchResult document, FetchRequest request, boolean firstPoll)
            throws FeedParseException {
        Instant cutoff = clock.instant().minus(source.discovery().window(firstPoll));
        SitemapReader.Sitemap top = isRobotsTxt(document.finalUrl())
                ? new SitemapReader.Sitemap(List.of(), sitemapsOf(document), 0)
                : readSitemap(document);
        List<FeedEntry> all = new ArrayList<>(top.entries());
        int children = 0;
        for (URI child : top.children()) {
            if (children++ >= limits.maxChildSitemaps()) {
                break;
            }
            try {
                FetchResult answer = fetcher.fetch(request.withUrl(child).withMaxBodyBytes(limits.sitemapMaxBytes()));
                if (answer.ok()) {
                    all.addAll(readSitemap(answer).entries());
                }
            } catch (FetchRefusedException | FetchFailedException | FeedParseException e) {
                // One broken child sitemap does not hide the others; the next poll tries it again.
            }
        }
        return all.stream()
                .filter(e -> dateOf(e) != null && !dateOf(e).isBefore(cutoff))
                .sorted(Comparator.comparing(EntryFinder::dateOf).reversed())
                .toList();
    }

    /** A sitemap source may name a robots.txt: the sitemaps it lists are then read as an index. */
    private static boolean isRobotsTxt(URI url) {
        return "/robots.txt".equals(url.getPath());
    }

    private static List<URI> sitemapsOf(FetchResult robotsTxt) {
        BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robotsTxt.finalUrl().toString(), robotsTxt.body(),
                robotsTxt.contentType(), List.of("veillebot"));
        List<URI> sitemaps = new ArrayList<>();
        for (String sitemap : rules.getSitemaps()) {
            try {
                sitemaps.add(robotsTxt.finalUrl().resolve(sitemap.strip()));
            } catch (IllegalArgumentException e) {
                // a Sitemap: line that is not a URL names nothing
            }
        }
        return sitemaps;
    }

    private SitemapReader.Sitemap readSitemap(FetchResult answer) throws FeedParseException {
        if (answer.truncated()) {
            throw new FeedParseException("sitemap " + answer.finalUrl() + " is longer than " + limits.sitemapMaxBytes()
                    + " bytes: not read", null);
        }
        return sitemapReader.read(answer.body(), answer.contentType(), answer.finalUrl());
    }

    /** News publication date first (the article's own), else lastmod. */
    private static Instant dateOf(FeedEntry e) {
        return e.item().published() != null ? e.item().published() : e.changed();
    }
}
