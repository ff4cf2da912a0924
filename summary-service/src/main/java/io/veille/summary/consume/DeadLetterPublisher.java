package io.veille.summary.consume;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.support.messaging.DeadLetterHeaders;

/**
 * Sends a record that cannot be processed to news.articles.extracted.dlq with its original key,
 * value and headers, plus the Topics.DLQ_HEADER_* headers (what failed, where, after how many
 * tries). By hand rather than the connector's DLQ strategy, which cannot add our headers.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String CHANNEL = "extracted-articles-dlq-out";
    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry metrics;

    public DeadLetterPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    /** Returns once the broker has the dead letter, so the original offset may be committed. */
    public void send(ConsumerRecord<String, String> record, Throwable failure, String stage, int attempts) {
        LOG.warnf("dead-lettering %s-%d@%d at stage %s after %d attempt(s): %s", record.topic(), record.partition(),
                record.offset(), stage, attempts, failure.toString());
        emitter.sendMessageAndAwait(Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key())
                        .withHeaders(DeadLetterHeaders.of(record, failure, stage, attempts))
                        .build()));
        metrics.counter("veille.summary.dead.letters", "stage", stage).increment();
    }
}
