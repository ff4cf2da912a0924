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
import io.veille.crawler.fetch.AddressGuard;
import io.veille.crawler.fetch.FetchLimits;
import io.veille.crawler.fetch.GuardedFetcher;
import io.veille.crawler.fetch.HostPoliteness;
import io.veille.crawler.fetch.HostPort;
import io.veille.crawler.fetch.HostResolver;
import io.veille.crawler.poll.ArticleLedger;
import io.veille.crawler.poll.CrawlMetrics;
import io.veille.crawler.poll.PollPolicy;
import io.veille.crawler.poll.RawArticleSink;
import io.veille.crawler.poll.SourcePoller;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.SourceCatalog;
import io.veille.crawler.source.SourceDefinition;
import io.veille.crawler.source.SourcesFile;
import io.veille.crawler.url.UrlCanonicalizer;

/** Builds the plain-Java crawler from configuration; the only place that knows both worlds. */
public class CrawlerBeans {

    @Produces
    @Singleton
    SourceCatalog sourceCatalog(CrawlerConfig config) {
        List<SourceDefinition> definitions = new ArrayList<>();
        config.sourcesFile().filter(file -> !file.isBlank()).ifPresent(file -> definitions.addAll(SourcesFile.read(Path.of(file))));
        config.sources().orElse(List.of()).forEach(s -> definitions.add(new SourceDefinition(
                s.id(), s.feed(), s.language().orElse(null), s.pollInterval().orElse(null), s.allowPrivate())));
        return SourceCatalog.of(definitions, config.defaultPollInterval());
    }

    @Produces
    @Singleton
    HostPoliteness hostPoliteness(CrawlerConfig config) {
        return new HostPoliteness(config.minHostDelay());
    }

    @Produces
    @Singleton
    GuardedFetcher guardedFetcher(CrawlerConfig config, HostPoliteness politeness) {
        Set<HostPort> allowed = config.allowPrivateHosts().orElse(List.of()).stream()
                .filter(entry -> !entry.isBlank()).map(HostPort::parse).collect(Collectors.toSet());
        CrawlerConfig.Fetch f = config.fetch();
        FetchLimits limits = new FetchLimits(f.connectTimeout(), f.readTimeout(), f.maxRedirects(), f.maxBodyBytes(),
                f.maxInflationRatio(), f.userAgent());
        return new GuardedFetcher(new AddressGuard(HostResolver.system(), allowed), politeness, limits);
    }

    void closeFetcher(@Disposes GuardedFetcher fetcher) {
        fetcher.close();
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
    SourcePoller sourcePoller(CrawlerConfig config, GuardedFetcher fetcher, UrlCanonicalizer canonicalizer, ArticleLedger ledger,
                              SourceStateStore states, RawArticleSink sink, CrawlMetrics metrics) {
        return new SourcePoller(fetcher, new FeedParser(), canonicalizer, ledger, states, sink, metrics,
                new PollPolicy(config.maxItemsPerPoll(), config.maxPageAttempts()), Clock.systemUTC());
    }
}
