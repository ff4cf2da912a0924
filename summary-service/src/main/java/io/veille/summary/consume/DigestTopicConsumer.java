package io.veille.summary.consume;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.veille.summary.service.DigestStream;

/**
 * Reads news.digests.fr and news.digests.en to wake the {@link DigestStream} of this replica: a
 * record means some replica published a version, so the stream's clients look for new ones in the
 * database, where versions are numbered in one order. Each replica is a consumer group of its own
 * (a random group id per start, from the end of the topics, no offsets kept), so every replica
 * hears of every record.
 */
@ApplicationScoped
public class DigestTopicConsumer {

    public static final String CHANNEL = "digests-in";

    private final DigestStream stream;

    public DigestTopicConsumer(DigestStream stream) {
        this.stream = stream;
    }

    @Incoming(CHANNEL)
    public void consume(ConsumerRecord<String, String> record) {
        stream.wake();
    }
}
