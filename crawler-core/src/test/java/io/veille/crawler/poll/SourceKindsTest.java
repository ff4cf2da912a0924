package io.veille.crawler.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.veille.crawler.feed.FeedParser;
import io.veille.crawler.feed.JsonFeedParser;
import io.veille.crawler.feed.SectionPageReader;
import io.veille.crawler.feed.SitemapReader;
import io.veille.contracts.net.AddressGuard;
import io.veille.crawler.fetch.FetchLimits;
import io.veille.crawler.fetch.GuardedFetcher;
import io.veille.crawler.fetch.HostPoliteness;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;
import io.veille.crawler.site.LocalSite;
import io.veille.crawler.site.LocalSite.Answer;
import io.veille.crawler.site.MutableClock;
import io.veille.crawler.source.Discovery;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceKind;
import io.veille.crawler.url.UrlCanonicalizer;

/** Each kind of source against a real local site: what it yields, what it skips, and what bounds it. */
class SourceKindsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private LocalSite site;
    private GuardedFetcher fetcher;
    private final MemoryLedger memory = new MemoryLedger();
    private SourcePoller poller;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        for (String name : List.of("fresh", "recent", "old", "json-one", "json-two", "2026-12-02-budget-vote-in-parliament",
                "tag/politics", "sport-results-of-the-weekend-round-up", "1234567-updated")) {
            site.on("/news/" + name, Answer.ok("text/html; charset=utf-8", "<html><body><p>" + name + "</p></body></html>")
                    .with("ETag", "\"" + name + "\""));
        }
        fetcher = new GuardedFetcher(new AddressGuard(HostResolver.system(), Set.of(new HostPort("127.0.0.1", site.port()))),
                new HostPoliteness(Duration.ZERO), new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(10), 3, 5_000_000, 100,
                "VeilleBot/test"));
        poller = poller(1_000_000);
    }

    private SourcePoller poller(int sitemapMaxBytes) {
        MutableClock clock = new MutableClock(NOW);
        EntryFinder finder = new EntryFinder(fetcher, new FeedParser(), new JsonFeedParser(), new SitemapReader(50_000),
                new SectionPageReader(new UrlCanonicalizer()), new EntryFinder.Limits(sitemapMaxBytes, 20), clock);
        return new SourcePoller(fetcher, finder, new UrlCanonicalizer(), memory, memory, memory, CrawlMetrics.NONE,
                new PollPolicy(50, 3), clock);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private Source source(SourceKind kind, String path, Discovery discovery) {
        return new Source("s", site.url(path), "en", Duration.ofMinutes(5), false, kind, discovery, null, false);
    }

    @Test
    void a_sitemap_index_of_news_sitemaps_yields_its_articles_and_skips_those_older_than_the_maximum_age() {
        site.on("/sitemap-index.xml", Answer.ok("application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/news-1.xml</loc></sitemap>
                  <sitemap><loc>%1$s/news-2.xml</loc></sitemap>
                </sitemapindex>""".formatted(site.base())));
        site.on("/news-1.xml", Answer.ok("application/xml", newsSitemap(List.of("fresh", "old"), List.of(NOW.minusSeconds(3600),
                NOW.minus(Duration.ofDays(5))))));
        site.on("/news-2.xml", Answer.ok("application/xml", newsSitemap(List.of("recent"), List.of(NOW.minus(Duration.ofDays(1))))));

        PollReport report = poller.poll(source(SourceKind.SITEMAP, "/sitemap-index.xml", Discovery.DEFAULT));

        assertThat(report.error()).isNull();
        assertThat(memory.publishedUrls()).containsExactly(site.base() + "/news/fresh", site.base() + "/news/recent");
        assertThat(memory.published.getFirst().feedItem().title()).isEqualTo("Title of fresh");
        assertThat(memory.published.getFirst().feedItem().published()).isEqualTo(NOW.minusSeconds(3600));
        assertThat(site.hits("/news/old")).as("older than max-age: never fetched").isEmpty();
    }

    @Test
    void a_sitemap_source_naming_a_robots_txt_reads_the_sitemaps_it_lists() {
        site.on("/robots.txt", Answer.ok("text/plain", "User-agent: *\nAllow: /\nSitemap: /news-1.xml\n"));
        site.on("/news-1.xml", Answer.ok("application/xml", newsSitemap(List.of("fresh"), List.of(NOW.minusSeconds(60)))));

        PollReport report = poller.poll(source(SourceKind.SITEMAP, "/robots.txt", Discovery.DEFAULT));

        assertThat(report.error()).isNull();
        assertThat(memory.publishedUrls()).containsExactly(site.base() + "/news/fresh");
    }

    @Test
    void a_first_poll_backfills_up_to_its_window_from_the_sitemap() {
        site.on("/news.xml", Answer.ok("application/xml", newsSitemap(List.of("fresh", "old"),
                List.of(NOW.minusSeconds(3600), NOW.minus(Duration.ofDays(5))))));
        Discovery backfill = new Discovery(Duration.ofDays(2), Duration.ofDays(7), Discovery.DEFAULT_FILTERS, List.of());

        poller.poll(source(SourceKind.SITEMAP, "/news.xml", backfill));

        assertThat(memory.publishedUrls()).containsExactly(site.base() + "/news/fresh", site.base() + "/news/old");
    }

    @Test
    void a_json_feed_yields_its_articles() {
        site.on("/feed.json", Answer.ok("application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Site",
                 "authors": [{"name": "Desk"}],
                 "items": [
                   {"id": "1", "url": "%1$s/news/json-one", "title": "One", "summary": "First.",
                    "date_published": "2026-12-02T10:00:00+01:00", "tags": ["politics"]},
                   {"id": "%1$s/news/json-two", "content_html": "<p>Second <b>one</b></p>",
                    "authors": [{"name": "Ann Smith"}]}
                 ]}""".formatted(site.base())));

        PollReport report = poller.poll(source(SourceKind.JSON_FEED, "/feed.json", Discovery.DEFAULT));

        assertThat(report.error()).isNull();
        assertThat(memory.publishedUrls()).containsExactly(site.base() + "/news/json-one", site.base() + "/news/json-two");
        assertThat(memory.published.get(0).feedItem().published()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
        assertThat(memory.published.get(0).feedItem().author()).isEqualTo("Desk");
        assertThat(memory.published.get(0).feedItem().categories()).containsExactly("politics");
        assertThat(memory.published.get(1).feedItem().summary()).isEqualTo("Second one");
        assertThat(memory.published.get(1).feedItem().author()).isEqualTo("Ann Smith");
    }

    @Test
    void a_json_feed_with_wrong_types_is_a_clear_feed_error_and_nothing_is_fetched() {
        site.on("/feed.json", Answer.ok("application/feed+json", """
                {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": 42}]}"""));

        PollReport report = poller.poll(source(SourceKind.JSON_FEED, "/feed.json", Discovery.DEFAULT));

        assertThat(report.error()).isEqualTo("not a valid JSON Feed: items[0].url must be a string, not a number");
        assertThat(memory.states.get("s").feedErrorCount()).isEqualTo(1);
        assertThat(memory.published).isEmpty();
    }

    @Test
    void a_section_page_yields_the_article_links_its_filter_chain_keeps() {
        site.on("/politics/", Answer.ok("text/html", """
                <html><body><nav><a href="/">Home</a> <a href="/news/tag/politics">Politics</a></nav>
                <a href="/news/2026-12-02-budget-vote-in-parliament">Budget vote in parliament</a>
                <a href="/news/sport-results-of-the-weekend-round-up">Sport</a>
                <a href="/news/1234567-updated?utm_source=home">Updated</a>
                <a href="https://elsewhere.example/news/a-story-on-another-site-entirely">Elsewhere</a>
                <a href="/news/2026-12-02-budget-vote-in-parliament#comments">Comments</a>
                </body></html>"""));
        Discovery discovery = new Discovery(Duration.ofDays(2), null, Discovery.DEFAULT_FILTERS, List.of("/sport-"));

        PollReport report = poller.poll(source(SourceKind.SECTION, "/politics/", discovery));

        assertThat(report.error()).isNull();
        assertThat(memory.publishedUrls()).containsExactly(site.base() + "/news/2026-12-02-budget-vote-in-parliament",
                site.base() + "/news/1234567-updated");
        assertThat(memory.published.getFirst().feedItem().title()).isEqualTo("Budget vote in parliament");
    }

    @Test
    void a_sitemap_over_its_byte_cap_is_refused_with_a_clear_error() {
        String big = newsSitemap(java.util.Collections.nCopies(20_000, "fresh"), java.util.Collections.nCopies(20_000, NOW));
        site.on("/big.xml", Answer.ok("application/xml", big));

        PollReport report = poller(1_000_000).poll(source(SourceKind.SITEMAP, "/big.xml", Discovery.DEFAULT));

        assertThat(big.length()).isGreaterThan(1_000_000);
        assertThat(report.error()).contains("is longer than 1000000 bytes: not read");
        assertThat(memory.published).isEmpty();
    }

    @Test
    void a_sitemap_of_100000_urls_keeps_the_first_50000_and_a_poll_fetches_its_cap() throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<url><loc>").append(site.base()).append("/news/p").append(i).append("</loc><lastmod>2026-12-02</lastmod></url>");
        }
        xml.append("</urlset>");
        SitemapReader.Sitemap read = new SitemapReader(50_000).read(xml.toString().getBytes(), "application/xml", site.url("/s.xml"));
        assertThat(read.entries()).hasSize(50_000);
        assertThat(read.dropped()).isEqualTo(50_000);

        site.on("/huge.xml", Answer.ok("application/xml", xml.toString()));
        PollReport report = poller(50 * 1024 * 1024).poll(source(SourceKind.SITEMAP, "/huge.xml", Discovery.DEFAULT));
        assertThat(report.error()).isNull();
        assertThat(report.deferred()).isEqualTo(50_000 - 50);
    }

    @Test
    void a_page_the_source_says_changed_is_asked_for_conditionally_and_a_304_publishes_nothing() {
        AtomicBoolean changed = new AtomicBoolean();
        site.on("/news.xml", () -> Answer.ok("application/xml", newsSitemap(List.of("fresh"),
                List.of(changed.get() ? NOW.minusSeconds(60) : NOW.minusSeconds(3600)))));
        Source source = source(SourceKind.SITEMAP, "/news.xml", Discovery.DEFAULT);
        poller.poll(source);
        assertThat(memory.published).hasSize(1);

        site.on("/news/fresh", () -> Answer.status(304));
        changed.set(true);
        poller.poll(source);

        assertThat(site.hits("/news/fresh")).hasSize(2);
        assertThat(site.hits("/news/fresh").get(1).headers()).containsEntry("if-none-match", "\"fresh\"");
        assertThat(memory.published).as("unchanged page: not published again").hasSize(1);
    }

    private String newsSitemap(List<String> names, List<Instant> dates) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                """);
        for (int i = 0; i < names.size(); i++) {
            String date = DateTimeFormatter.ISO_INSTANT.format(dates.get(i));
            xml.append("<url><loc>").append(site.base()).append("/news/").append(names.get(i)).append("</loc><lastmod>")
                    .append(date).append("</lastmod><news:news><news:publication><news:name>Site</news:name>")
                    .append("<news:language>en</news:language></news:publication><news:publication_date>").append(date)
                    .append("</news:publication_date><news:title>Title of ").append(names.get(i))
                    .append("</news:title></news:news></url>\n");
        }
        return xml.append("</urlset>").toString();
    }
}
