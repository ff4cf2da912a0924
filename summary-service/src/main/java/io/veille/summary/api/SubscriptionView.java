package io.veille.summary.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.summary.delivery.SubscriptionSpec;
import io.veille.summary.persist.SubscriptionRow;

/** A subscription as its owner sees it: the secret only in the response that created it, never afterwards. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, String target, String lang, List<String> kinds, String channel, String url,
                               String email, String schedule, String timeZone, Instant nextSendAt, boolean active,
                               Instant createdAt, Instant updatedAt, String secret) {

    static SubscriptionView of(SubscriptionRow row) {
        SubscriptionSpec s = row.spec();
        return new SubscriptionView(row.id(), s.target(), s.lang(), s.kinds(), s.channel(), s.url(), s.email(), s.schedule(),
                s.timeZone(), row.nextSendAt(), row.active(), row.createdAt(), row.updatedAt(), null);
    }

    static SubscriptionView withSecret(SubscriptionRow row) {
        SubscriptionView v = of(row);
        return new SubscriptionView(v.id, v.target, v.lang, v.kinds, v.channel, v.url, v.email, v.schedule, v.timeZone,
                v.nextSendAt, v.active, v.createdAt, v.updatedAt, row.secret());
    }
}
