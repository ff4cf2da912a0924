package io.veille.support.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record that cannot be processed to a dead-letter topic: its original key, value and
 * headers, plus the {@link DeadLetterHeaders} saying what failed, where and after how many tries.
 * By hand rather than with the connector's dead-letter-queue strategy, which cannot add our own
 * headers from a blocking payload consumer. Each service wraps one in a bean bound to its channel.
 */
public final class DeadLetterSender {

    private static final Logger LOG = Logger.getLogger(DeadLetterSender.class);

    private final MutinyEmitter<String> emitter;
    private final MeterRegistry metrics;
    private final String counterName;

    /** @param counterName the counter of dead letters, tagged by stage, e.g. {@code veille.extractor.dead.letters} */
    public DeadLetterSender(MutinyEmitter<String> emitter, MeterRegistry metrics, String counterName) {
        this.emitter = emitter;
        this.metrics = metrics;
        this.counterName = counterName;
    }

    /** Returns once the broker has the dead letter, so the original offset may be committed. */
    public void send(ConsumerRecord<String, String> record, Throwable failure, String stage, int attempts) {
        LOG.warnf("dead-lettering %s-%d@%d at stage %s after %d attempt(s): %s",
                record.topic(), record.partition(), record.offset(), stage, attempts, failure.toString());
        emitter.sendMessageAndAwait(Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key())
                        .withHeaders(DeadLetterHeaders.of(record, failure, stage, attempts))
                        .build()));
        metrics.counter(counterName, "stage", stage).increment();
    }
}
