package io.veille.crawler.url;

import java.net.URI;

/** One step of a link filter chain, StormCrawler-style: the link, possibly rewritten, or null to drop it. */
@FunctionalInterface
public interface LinkFilter {

    /** @param page the page the link was found on; @param link an absolute, canonical http(s) URL */
    String filter(URI page, String link);
}
