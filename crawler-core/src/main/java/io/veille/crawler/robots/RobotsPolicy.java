package io.veille.crawler.robots;

import java.time.Duration;

/**
 * How the crawler reads robots.txt (RFC 9309).
 *
 * @param agent          the product token our groups are found by (lower case)
 * @param maxBytes       robots.txt bytes read; the RFC asks for at least 500 KiB, the rest is ignored
 * @param ttl            how long an answer (rules, or a 4xx meaning "allow all") is kept
 * @param serverErrorTtl how long a 5xx, 429 or unreachable robots.txt keeps the whole host disallowed
 * @param maxCrawlDelay  the longest Crawl-delay honoured; a longer one is cut to this
 * @param maxOrigins     origins remembered at most; the least recently used is forgotten first
 */
public record RobotsPolicy(String agent, int maxBytes, Duration ttl, Duration serverErrorTtl, Duration maxCrawlDelay,
                           int maxOrigins) {

    public static RobotsPolicy defaults(String agent) {
        return new RobotsPolicy(agent, 512 * 1024, Duration.ofHours(24), Duration.ofMinutes(10), Duration.ofSeconds(30), 10_000);
    }
}
