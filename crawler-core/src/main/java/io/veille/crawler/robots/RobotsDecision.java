package io.veille.crawler.robots;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an origin's robots.txt told us, as operators see it.
 *
 * @param kind       RULES (a robots.txt was read), ALLOW_ALL (it answered 4xx), DISALLOW_ALL (5xx or 429)
 * @param status     the robots.txt's HTTP status, 0 when none came
 * @param crawlDelay the Crawl-delay applied (already capped), zero for none
 * @param sitemaps   the Sitemap: lines it lists
 */
public record RobotsDecision(String origin, Kind kind, int status, Instant fetchedAt, Instant expires, Duration crawlDelay,
                             List<String> sitemaps, String note) {

    public enum Kind { RULES, ALLOW_ALL, DISALLOW_ALL }
}
