package io.veille.summary.persist;

import java.time.Instant;

import io.veille.summary.delivery.SubscriptionSpec;

/** A stored subscription; the secret is here for the worker and the create response, never for a listing. */
public record SubscriptionRow(String id, SubscriptionSpec spec, String secret, Instant nextSendAt, boolean active,
                              Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return "SubscriptionRow[id=" + id + ", spec=" + spec + ", secret=***, nextSendAt=" + nextSendAt + ", active=" + active + "]";
    }
}
