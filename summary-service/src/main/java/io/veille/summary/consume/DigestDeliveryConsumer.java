package io.veille.summary.consume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.service.DeliveryEnqueuer;
import io.veille.support.retry.BoundedRetry;

/**
 * Reads news.digests.fr and news.digests.en in the durable consumer group {@code veille-delivery},
 * shared by every replica, so each digest version is enqueued once for the subscriptions it matches.
 * The offset is committed after the deliveries are inserted (at-least-once; a replay inserts nothing,
 * the outbox's unique key sees to it). A database that stays away past the retries fails the channel
 * rather than skipping the record: the health check reports it and a restart resumes from the commit.
 */
@ApplicationScoped
public class DigestDeliveryConsumer {

    public static final String CHANNEL = "digests-delivery-in";
    private static final Logger LOG = Logger.getLogger(DigestDeliveryConsumer.class);

    private final DeliveryEnqueuer enqueuer;
    private final BoundedRetry retry;

    public DigestDeliveryConsumer(DeliveryEnqueuer enqueuer, SummaryConfig config) {
        this.enqueuer = enqueuer;
        this.retry = new BoundedRetry(config.retry().maxAttempts(), config.retry().initialBackoff());
    }

    @Incoming(CHANNEL)
    @Blocking
    @ActivateRequestContext
    public void consume(ConsumerRecord<String, String> record) {
        Digest digest;
        try {
            digest = EventJson.read(record.value(), Digest.class);
            if (digest.id() == null || digest.kind() == null || digest.lang() == null) {
                throw new IllegalArgumentException("id, kind and lang are required");
            }
        } catch (RuntimeException e) {
            // our own topic: a record we cannot read is a bug to see in the log, not a reason to stop deliveries
            LOG.warnf("skipped unreadable digest record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        String json = record.value();
        int queued = retry.run(() -> enqueuer.enqueue(digest, json));
        if (queued > 0) {
            LOG.debugf("digest %s v%d: %d webhook deliveries queued", digest.id(), digest.version(), queued);
        }
    }
}
