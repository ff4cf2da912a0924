package io.veille.summary.api;

import java.util.List;

import io.veille.summary.delivery.SubscriptionSpec;

/** The JSON a subscriber sends to create or replace a subscription; unknown fields are refused. */
public record SubscriptionBody(String target, String lang, List<String> kinds, String channel, String url, String secret,
                               String email, String schedule, String timeZone) {

    SubscriptionSpec spec() {
        return new SubscriptionSpec(target, lang, kinds, channel, url, secret, email, schedule, timeZone);
    }
}
