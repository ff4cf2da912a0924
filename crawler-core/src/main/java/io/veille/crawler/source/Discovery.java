package io.veille.crawler.source;

import java.time.Duration;
import java.util.List;

/**
 * How a source's article links are chosen.
 *
 * @param maxAge      sitemap entries older than this (news publication date, else lastmod) are skipped
 * @param backfill    on a source's first poll, sitemap entries up to this old are taken instead (null: maxAge)
 * @param linkFilters a section page's filter chain, in order: {@code same-site}, {@code article-like}
 * @param deny        regular expressions; a link that matches one is dropped, whatever the kind
 */
public record Discovery(Duration maxAge, Duration backfill, List<String> linkFilters, List<String> deny) {

    public static final List<String> DEFAULT_FILTERS = List.of("same-site", "article-like");
    public static final Discovery DEFAULT = new Discovery(Duration.ofDays(2), null, DEFAULT_FILTERS, List.of());

    public Discovery {
        linkFilters = List.copyOf(linkFilters);
        deny = List.copyOf(deny);
    }

    /** The oldest entry a poll takes: the backfill window on the first poll, else the maximum age. */
    public Duration window(boolean firstPoll) {
        return firstPoll && backfill != null && backfill.compareTo(maxAge) > 0 ? backfill : maxAge;
    }
}
