package io.veille.summary.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What an e-mail is composed from: the subscriber's language and zone, the target's label, the
 * window (from, to] it covers, the latest version of each digest created in it, the titles of the
 * cited articles by id, and the subscription's unsubscribe link.
 */
public record EmailDigestRequest(String lang, ZoneId zone, String targetLabel, Instant from, Instant to,
        List<EmailEntry> entries, Map<String, String> articleTitles, String unsubscribeUrl) {

    public EmailDigestRequest {
        entries = List.copyOf(entries);
        articleTitles = Map.copyOf(articleTitles);
    }
}
