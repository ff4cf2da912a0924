package io.veille.crawler.metrics;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.veille.crawler.poll.CrawlMetrics;

/** Exports the crawler's counters: veille_crawler_fetches_total{outcome}, _published_total{source}, _feed_errors_total{source}. */
@ApplicationScoped
public class MicrometerCrawlMetrics implements CrawlMetrics {

    private final MeterRegistry registry;

    public MicrometerCrawlMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void fetched(FetchOutcome outcome) {
        registry.counter("veille.crawler.fetches", "outcome", outcome.name().toLowerCase()).increment();
    }

    @Override
    public void published(String sourceId) {
        registry.counter("veille.crawler.published", "source", sourceId).increment();
    }

    @Override
    public void feedError(String sourceId) {
        registry.counter("veille.crawler.feed.errors", "source", sourceId).increment();
    }
}
