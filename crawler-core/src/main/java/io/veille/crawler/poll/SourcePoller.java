package io.veille.crawler.poll;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import io.veille.contracts.RawArticle;
import io.veille.contracts.UrlHash;
import io.veille.crawler.feed.FeedEntry;
import io.veille.crawler.feed.FeedParseException;
import io.veille.crawler.fetch.FetchFailedException;
import io.veille.crawler.fetch.FetchRefusedException;
import io.veille.crawler.fetch.FetchRequest;
import io.veille.contracts.net.HostPort;
import io.veille.crawler.fetch.FetchResult;
import io.veille.crawler.fetch.Fetcher;
import io.veille.crawler.fetch.HostBackedOffException;
import io.veille.crawler.poll.CrawlMetrics.FetchOutcome;
import io.veille.crawler.robots.RobotsDisallowedException;
import io.veille.crawler.source.Source;
import io.veille.crawler.url.UrlCanonicalizer;

/**
 * One poll of one source: read the feed (conditionally), fetch each new item's page, publish it,
 * and remember it. An article is checked against the ledger before its page is fetched and marked
 * only after Kafka acknowledged it: a crash in between republishes, it never loses.
 */
public final class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class.getName());

    private final Fetcher fetcher;
    private final EntryFinder finder;
    private final UrlCanonicalizer canonicalizer;
    private final ArticleLedger ledger;
    private final SourceStateStore states;
    private final RawArticleSink sink;
    private final CrawlMetrics metrics;
    private final PollPolicy policy;
    private final Clock clock;

    public SourcePoller(Fetcher fetcher, EntryFinder finder, UrlCanonicalizer canonicalizer, ArticleLedger ledger,
                        SourceStateStore states, RawArticleSink sink, CrawlMetrics metrics, PollPolicy policy, Clock clock) {
        this.fetcher = fetcher;
        this.finder = finder;
        this.canonicalizer = canonicalizer;
        this.ledger = ledger;
        this.states = states;
        this.sink = sink;
        this.metrics = metrics;
        this.policy = policy;
        this.clock = clock;
    }

    public PollReport poll(Source source) {
        SourceState state = states.load(source.id()).orElse(SourceState.empty(source.id()));
        FetchResult feed;
        FetchRequest request = new FetchRequest(source.feed(), trustedOrigin(source), state.etag(), state.lastModified(),
                source.hostDelay(), finder.maxBodyBytes(source));
        try {
            feed = fetcher.fetch(request);
        } catch (FetchRefusedException | FetchFailedException e) {
            metrics.fetched(e instanceof FetchRefusedException ? FetchOutcome.REFUSED : FetchOutcome.FAILED);
            return feedFailed(source, state, "feed not fetched: " + e.getMessage());
        }
        if (feed.notModified()) {
            metrics.fetched(FetchOutcome.NOT_MODIFIED);
            states.save(state.succeeded(clock.instant(), state.etag(), state.lastModified(), 0, 0));
            return new PollReport(source.id(), 0, 0, 0, 0, 0, null);
        }
        if (!feed.ok()) {
            metrics.fetched(FetchOutcome.HTTP_ERROR);
            return feedFailed(source, state, "feed answered HTTP " + feed.status());
        }
        metrics.fetched(FetchOutcome.OK);
        List<FeedEntry> entries;
        try {
            entries = finder.find(source, feed, request.withValidators(null, null).withMaxBodyBytes(0), state.lastPolled() == null);
        } catch (FeedParseException e) {
            return feedFailed(source, state, e.getMessage());
        }

        Tally tally = new Tally();
        try {
            for (FeedEntry entry : entries) {
                handle(source, feed.finalUrl(), entry, request, tally);
            }
        } catch (RawArticleSink.PublishFailedException e) {
            // Kafka is down: nothing was marked, so the next poll tries again. Keep the old validators
            // so that a 304 does not hide the items we could not publish.
            LOG.log(Level.WARNING, "source {0}: publishing stopped: {1}", new Object[] {source.id(), e.getMessage()});
            states.save(state.failed(clock.instant(), "publishing failed: " + e.getMessage(), tally.published, tally.failed));
            return new PollReport(source.id(), entries.size(), tally.published, tally.skipped, tally.failed, tally.deferred, e.getMessage());
        }
        // Items left by the cap are still in the feed: do not let a 304 hide them next time.
        boolean keepValidators = tally.deferred == 0;
        states.save(state.succeeded(clock.instant(), keepValidators ? feed.etag() : null,
                keepValidators ? feed.lastModified() : null, tally.published, tally.failed));
        return new PollReport(source.id(), entries.size(), tally.published, tally.skipped, tally.failed, tally.deferred, null);
    }

    private static final class Tally {
        int published;
        int skipped;
        int failed;
        int deferred;
        int fetched;
    }

    private void handle(Source source, URI feedUrl, FeedEntry entry, FetchRequest feedRequest, Tally tally) {
        Optional<String> canonicalLink = canonicalizer.canonicalize(feedUrl, entry.link());
        if (canonicalLink.isEmpty()) {
            tally.skipped++;
            return;
        }
        String linkHash = UrlHash.of(canonicalLink.get());
        Optional<ArticleLedger.Entry> known = ledger.find(linkHash);
        boolean update = known.isPresent() && known.get().isPublished() && changedSince(entry, known.get());
        if (known.isPresent() && !update && (known.get().isPublished() || known.get().attempts() >= policy.maxPageAttempts())) {
            tally.skipped++;
            return;
        }
        if (tally.fetched >= policy.maxItemsPerPoll()) {
            tally.deferred++;
            return;
        }
        tally.fetched++;
        FetchRequest request = feedRequest.withUrl(URI.create(canonicalLink.get()));
        if (known.isPresent()) {
            // A page fetched before is asked for conditionally: a 304 costs the site nothing.
            request = request.withValidators(known.get().etag(), known.get().lastModified());
        }
        FetchResult page;
        try {
            page = fetcher.fetch(request);
        } catch (HostBackedOffException e) {
            metrics.fetched(FetchOutcome.DEFERRED);
            tally.fetched--;
            tally.deferred++;
            return;
        } catch (RobotsDisallowedException e) {
            // Disallowed for good, or the host closed until its robots.txt answers again: then a later poll tries.
            metrics.fetched(e.temporary() ? FetchOutcome.DEFERRED : FetchOutcome.DISALLOWED);
            if (e.temporary()) {
                tally.fetched--;
                tally.deferred++;
                return;
            }
            ledger.recordFailure(linkHash, canonicalLink.get(), source.id(), 0, e.getMessage(), true, clock.instant());
            tally.failed++;
            return;
        } catch (FetchRefusedException e) {
            metrics.fetched(FetchOutcome.REFUSED);
            ledger.recordFailure(linkHash, canonicalLink.get(), source.id(), 0, e.getMessage(), true, clock.instant());
            tally.failed++;
            return;
        } catch (FetchFailedException e) {
            metrics.fetched(FetchOutcome.FAILED);
            ledger.recordFailure(linkHash, canonicalLink.get(), source.id(), 0, e.getMessage(), false, clock.instant());
            tally.failed++;
            return;
        }
        if (page.notModified() && known.isPresent()) {
            metrics.fetched(FetchOutcome.NOT_MODIFIED);
            ledger.markUnchanged(linkHash, entry.changed(), clock.instant());
            tally.skipped++;
            return;
        }
        if (!page.ok()) {
            metrics.fetched(FetchOutcome.HTTP_ERROR);
            if (update) {
                tally.skipped++;
                return;
            }
            // 404 and 410 will not get better; 429 and 5xx may.
            boolean permanent = page.status() == 404 || page.status() == 410;
            ledger.recordFailure(linkHash, canonicalLink.get(), source.id(), page.status(), "HTTP " + page.status(), permanent, clock.instant());
            tally.failed++;
            return;
        }
        metrics.fetched(FetchOutcome.OK);
        publish(source, entry, page, canonicalLink.get(), linkHash, update, tally);
    }

    private void publish(Source source, FeedEntry entry, FetchResult page, String canonicalLink, String linkHash, boolean update,
                         Tally tally) {
        String html = page.text();
        String canonical = canonicalizer.preferPageCanonical(canonicalLink, page.finalUrl(), relCanonical(html, page.finalUrl()));
        String canonicalHash = UrlHash.of(canonical);
        ArticleLedger.Published published = new ArticleLedger.Published(canonical, source.id(), entry.item().published(),
                entry.changed(), page.status(), page.etag(), page.lastModified());
        if (!update && !canonicalHash.equals(linkHash) && ledger.find(canonicalHash).map(ArticleLedger.Entry::isPublished).orElse(false)) {
            // The same article reached through another link: remember this link too, publish nothing.
            ledger.markPublished(linkHash, published, clock.instant());
            tally.skipped++;
            return;
        }
        RawArticle article = new RawArticle(RawArticle.SCHEMA_VERSION, page.finalUrl().toString(), canonical, source.id(),
                source.language(), entry.item(), clock.instant(), page.status(), page.contentType(), page.charset().name(),
                html, page.truncated());
        sink.publish(article);
        Instant now = clock.instant();
        ledger.markPublished(linkHash, published, now);
        if (!canonicalHash.equals(linkHash)) {
            ledger.markPublished(canonicalHash, published, now);
        }
        metrics.published(source.id());
        tally.published++;
    }

    /** The source dates the article later than when it was published by us: it changed, fetch it again. */
    private static boolean changedSince(FeedEntry entry, ArticleLedger.Entry known) {
        return entry.changed() != null && known.changed() != null && entry.changed().isAfter(known.changed());
    }

    private static String relCanonical(String html, URI base) {
        Element link = Jsoup.parse(html, base.toString()).selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    private PollReport feedFailed(Source source, SourceState state, String error) {
        LOG.log(Level.WARNING, "source {0}: {1}", new Object[] {source.id(), error});
        metrics.feedError(source.id());
        states.save(state.failed(clock.instant(), error, 0, 0));
        return new PollReport(source.id(), 0, 0, 0, 0, 0, error);
    }

    /** A source that allows private addresses trusts its feed's own host and port, and nothing a redirect names. */
    private static HostPort trustedOrigin(Source source) {
        return source.allowPrivate() ? HostPort.of(source.feed()) : null;
    }
}
