package io.veille.summary.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.contracts.Digest;
import io.veille.summary.persist.DeliveryRepository;

/** A digest version read from its topic becomes one webhook delivery per matching subscription, then the worker is woken. */
@ApplicationScoped
public class DeliveryEnqueuer {

    private final DeliveryRepository deliveries;
    private final WebhookWorker worker;
    private final Clock clock;

    public DeliveryEnqueuer(DeliveryRepository deliveries, WebhookWorker worker, Clock clock) {
        this.deliveries = deliveries;
        this.worker = worker;
        this.clock = clock;
    }

    /** @param json the record's value, sent as it is in the webhook body */
    public int enqueue(Digest digest, String json) {
        int queued = deliveries.enqueue(digest, json, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (queued > 0) {
            worker.wake();
        }
        return queued;
    }
}
