package io.veille.crawler.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "veille.crawler")
public interface CrawlerConfig {

    /** A YAML file {@code sources: [{id, feed, language, poll-interval, allow-private}]}; optional. */
    @WithName("sources-file")
    Optional<String> sourcesFile();

    /** Sources written inline (veille.crawler.sources[0].id=...), added to the file's. */
    Optional<List<InlineSource>> sources();

    /**
     * Host and port pairs that may be fetched although loopback or private, e.g. {@code 127.0.0.1:8080,[::1]:8080};
     * an entry without a port stops the start. Every other port of those hosts stays refused.
     */
    @WithName("allow-private-hosts")
    Optional<List<String>> allowPrivateHosts();

    @WithName("default-poll-interval")
    @WithDefault("15m")
    Duration defaultPollInterval();

    /** The minimum pause between two requests to one host. */
    @WithName("min-host-delay")
    @WithDefault("1s")
    Duration minHostDelay();

    @WithName("max-items-per-poll")
    @WithDefault("50")
    int maxItemsPerPoll();

    @WithName("max-page-attempts")
    @WithDefault("3")
    int maxPageAttempts();

    /** Sources polled at the same time (each host still gets one request at a time). */
    @WithName("poll-threads")
    @WithDefault("4")
    int pollThreads();

    /** How often the schedule is checked for due sources (read by the scheduler as ${veille.crawler.tick}). */
    @WithDefault("5s")
    String tick();

    /** The largest request body the API accepts (POST /api/v1/fetch takes a URL); a larger one gets a 413 problem. */
    @WithName("max-request-body-bytes")
    @WithDefault("65536")
    long maxRequestBodyBytes();

    Fetch fetch();

    interface InlineSource {
        String id();

        String feed();

        Optional<String> language();

        @WithName("poll-interval")
        Optional<String> pollInterval();

        @WithName("allow-private")
        @WithDefault("false")
        boolean allowPrivate();
    }

    interface Fetch {
        @WithName("connect-timeout")
        @WithDefault("10s")
        Duration connectTimeout();

        @WithName("read-timeout")
        @WithDefault("30s")
        Duration readTimeout();

        @WithName("max-redirects")
        @WithDefault("5")
        int maxRedirects();

        @WithName("max-body-bytes")
        @WithDefault("5242880")
        int maxBodyBytes();

        @WithName("max-inflation-ratio")
        @WithDefault("100")
        int maxInflationRatio();

        @WithName("user-agent")
        @WithDefault("VeilleBot/0.1 (self-hosted news monitoring; +https://github.com/veille/veille)")
        String userAgent();
    }
}
