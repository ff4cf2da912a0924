package io.veille.extractor.extraction;

import java.time.Instant;

/**
 * A page to extract, with what the crawler already knew about it.
 *
 * @param html          the page markup, or plain text when it has no markup
 * @param url           where it was fetched, or null
 * @param languageHint  the source's language ("fr", "en"), or null
 * @param publishedHint the feed's publication date, or null; relative dates resolve against the
 *                      page's own date first, then this one
 */
public record Page(String html, String url, String languageHint, Instant publishedHint) {

    public static Page ofHtml(String html) {
        return new Page(html, null, null, null);
    }
}
