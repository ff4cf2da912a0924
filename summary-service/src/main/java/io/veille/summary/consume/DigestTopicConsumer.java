package io.veille.summary.consume;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.summary.publish.DigestStream;

/**
 * Reads news.digests.fr and news.digests.en into the {@link DigestStream} of this replica, so a
 * Server-Sent Events client on any replica gets every digest version, whichever replica wrote it.
 * Each replica is a consumer group of its own (a random group id per start, from the end of the
 * topics, no offsets kept): every replica reads every record, and a stream only promises what is
 * published while its client is connected.
 */
@ApplicationScoped
public class DigestTopicConsumer {

    public static final String CHANNEL = "digests-in";
    private static final Logger LOG = Logger.getLogger(DigestTopicConsumer.class);

    private final DigestStream stream;

    public DigestTopicConsumer(DigestStream stream) {
        this.stream = stream;
    }

    @Incoming(CHANNEL)
    public void consume(ConsumerRecord<String, String> record) {
        Digest digest;
        try {
            digest = EventJson.read(record.value(), Digest.class);
        } catch (RuntimeException e) {
            // our own topic: a record we cannot read is a bug to see in the log, not a reason to stop the stream
            LOG.warnf("skipped unreadable digest record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            return;
        }
        stream.emit(digest);
    }
}
