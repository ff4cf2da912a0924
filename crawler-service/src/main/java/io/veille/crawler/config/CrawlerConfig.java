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

    @WithName("user-agent")
    UserAgentConfig userAgent();

    Robots robots();

    Politeness politeness();

    Sitemap sitemap();

    /**
     * How long a replica's claim on a source lasts unrenewed (it is renewed every third of it while the poll runs); a
     * crashed replica's sources are free again after it.
     */
    @WithName("lease-ttl")
    @WithDefault("2m")
    Duration leaseTtl();

    /** This replica's name in the source leases; by default its host name and HTTP port, stable across restarts. */
    @WithName("instance-id")
    Optional<String> instanceId();

    interface UserAgentConfig {
        /** The product token robots.txt groups name us by (letters, '_', '-'). */
        @WithDefault("VeilleBot")
        String name();

        @WithDefault("0.2")
        String version();

        /** Where a site owner reads what the crawler does and how to reach its operator; sent in every User-Agent. */
        @WithName("contact-url")
        @WithDefault("https://github.com/veille/veille")
        String contactUrl();
    }

    interface Robots {
        /** robots.txt bytes read (RFC 9309 asks for at least 500 KiB); the rest is ignored. */
        @WithName("max-bytes")
        @WithDefault("524288")
        int maxBytes();

        /** How long a robots.txt (or a 4xx, meaning allow all) is kept per origin. */
        @WithName("cache-ttl")
        @WithDefault("24h")
        Duration cacheTtl();

        /** How long a 5xx, 429 or unreachable robots.txt keeps the whole host closed before it is asked again. */
        @WithName("server-error-ttl")
        @WithDefault("10m")
        Duration serverErrorTtl();

        /** The longest Crawl-delay honoured; a longer one is cut to this. */
        @WithName("max-crawl-delay")
        @WithDefault("30s")
        Duration maxCrawlDelay();

        @WithName("max-origins")
        @WithDefault("10000")
        int maxOrigins();
    }

    interface Politeness {
        /** The first pause after an error (5xx, 429 without Retry-After, no answer); doubled by each further one. */
        @WithName("backoff-base")
        @WithDefault("1s")
        Duration backoffBase();

        @WithName("max-backoff")
        @WithDefault("5m")
        Duration maxBackoff();

        /** The longest pause a Retry-After header imposes. */
        @WithName("max-retry-after")
        @WithDefault("1h")
        Duration maxRetryAfter();

        /** The longest a fetch waits for its host; a longer pause leaves the page for a later poll. */
        @WithName("max-host-wait")
        @WithDefault("30s")
        Duration maxHostWait();

        /** Hosts whose pace is remembered; the least recently used idle one is forgotten first. */
        @WithName("max-hosts")
        @WithDefault("10000")
        int maxHosts();
    }

    interface Sitemap {
        /** A sitemap longer than this is refused (the protocol's limit is 50 MiB uncompressed). */
        @WithName("max-bytes")
        @WithDefault("52428800")
        int maxBytes();

        /** Entries (or child sitemaps) read from one sitemap (the protocol's limit is 50,000). */
        @WithName("max-urls")
        @WithDefault("50000")
        int maxUrls();

        /** Child sitemaps of an index read per poll. */
        @WithName("max-children")
        @WithDefault("20")
        int maxChildren();
    }

    interface InlineSource {
        String id();

        String feed();

        Optional<String> language();

        @WithName("poll-interval")
        Optional<String> pollInterval();

        @WithName("allow-private")
        @WithDefault("false")
        boolean allowPrivate();

        /** feed (RSS/Atom, the default), json-feed, sitemap or section. */
        Optional<String> kind();
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
    }
}
