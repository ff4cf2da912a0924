package io.veille.crawler.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.crawler.config.CrawlerConfig;
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
import io.veille.crawler.fetch.UserAgent;
import io.veille.crawler.poll.ArticleLedger;
import io.veille.crawler.poll.CrawlMetrics;
import io.veille.crawler.poll.EntryFinder;
import io.veille.crawler.poll.PollPolicy;
import io.veille.crawler.poll.RawArticleSink;
import io.veille.crawler.poll.SourcePoller;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.robots.RobotsAwareFetcher;
import io.veille.crawler.robots.RobotsGate;
import io.veille.crawler.robots.RobotsPolicy;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.SourceCatalog;
import io.veille.crawler.source.SourceDefinition;
import io.veille.crawler.source.SourceSeed;
import io.veille.crawler.source.SourcesFile;
import io.veille.crawler.url.UrlCanonicalizer;

/** Builds the plain-Java crawler from configuration; the only place that knows both worlds. */
public class CrawlerBeans {

    /** The sources of the YAML file and the inline configuration, validated at start (every problem listed at once). */
    @Produces
    @Singleton
    SourceSeed sourceSeed(CrawlerConfig config) {
        List<SourceDefinition> definitions = new ArrayList<>();
        config.sourcesFile().filter(file -> !file.isBlank()).ifPresent(file -> definitions.addAll(SourcesFile.read(Path.of(file))));
        config.sources().orElse(List.of()).forEach(s -> definitions.add(new SourceDefinition(
                s.id(), s.feed(), s.language().orElse(null), s.pollInterval().orElse(null), s.allowPrivate(),
                s.kind().orElse(null), null, null, null, null, null, null)));
        SourceCatalog.of(definitions, config.defaultPollInterval());
        return new SourceSeed(definitions);
    }

    @Produces
    @Singleton
    UserAgent userAgent(CrawlerConfig config) {
        CrawlerConfig.UserAgentConfig ua = config.userAgent();
        return new UserAgent(ua.name(), ua.version(), ua.contactUrl());
    }

    @Produces
    @Singleton
    HostPoliteness hostPoliteness(CrawlerConfig config) {
        CrawlerConfig.Politeness p = config.politeness();
        return new HostPoliteness(new HostPoliteness.Settings(config.minHostDelay(), p.backoffBase(), p.maxBackoff(),
                p.maxRetryAfter(), p.maxHostWait(), p.maxHosts()));
    }

    @Produces
    @Singleton
    GuardedFetcher guardedFetcher(CrawlerConfig config, HostPoliteness politeness, UserAgent userAgent) {
        Set<HostPort> allowed = config.allowPrivateHosts().orElse(List.of()).stream()
                .filter(entry -> !entry.isBlank()).map(HostPort::parse).collect(Collectors.toSet());
        CrawlerConfig.Fetch f = config.fetch();
        FetchLimits limits = new FetchLimits(f.connectTimeout(), f.readTimeout(), f.maxRedirects(), f.maxBodyBytes(),
                f.maxInflationRatio(), userAgent.header());
        return new GuardedFetcher(new AddressGuard(HostResolver.system(), allowed), politeness, limits);
    }

    void closeFetcher(@Disposes GuardedFetcher fetcher) {
        fetcher.close();
    }

    @Produces
    @Singleton
    RobotsAwareFetcher robotsAwareFetcher(CrawlerConfig config, GuardedFetcher fetcher, HostPoliteness politeness, UserAgent userAgent) {
        CrawlerConfig.Robots r = config.robots();
        RobotsPolicy policy = new RobotsPolicy(userAgent.robotsToken(), r.maxBytes(), r.cacheTtl(), r.serverErrorTtl(),
                r.maxCrawlDelay(), r.maxOrigins());
        return new RobotsAwareFetcher(fetcher, new RobotsGate(fetcher, politeness, policy, Clock.systemUTC()));
    }

    @Produces
    @Singleton
    PollSchedule pollSchedule() {
        return new PollSchedule();
    }

    @Produces
    @Singleton
    UrlCanonicalizer urlCanonicalizer() {
        return new UrlCanonicalizer();
    }

    @Produces
    @Singleton
    SourcePoller sourcePoller(CrawlerConfig config, RobotsAwareFetcher fetcher, UrlCanonicalizer canonicalizer, ArticleLedger ledger,
                              SourceStateStore states, RawArticleSink sink, CrawlMetrics metrics) {
        CrawlerConfig.Sitemap s = config.sitemap();
        EntryFinder finder = new EntryFinder(fetcher, new FeedParser(), new JsonFeedParser(), new SitemapReader(s.maxUrls()),
                new SectionPageReader(canonicalizer), new EntryFinder.Limits(s.maxBytes(), s.maxChildren()), Clock.systemUTC());
        return new SourcePoller(fetcher, finder, canonicalizer, ledger, states, sink, metrics,
                new PollPolicy(config.maxItemsPerPoll(), config.maxPageAttempts()), Clock.systemUTC());
    }
}
