package io.veille.support.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.Topics;

/**
 * Sends a record that cannot be processed to a dead-letter topic: its original key, value and
 * headers, plus the {@link DeadLetterHeaders} saying what failed, where and after how many tries.
 * By hand rather than with the connector's dead-letter-queue strategy, which cannot add our own
 * headers from a blocking payload consumer. Each service wraps one in a bean bound to its channel.
 * A dead letter too large for its topic is sent again without its value (the headers say how
 * large it was), so that even an oversized record leaves a trace and its partition moves on.
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
        Throwable cause = PublishFailures.unwrap(failure);
        LOG.warnf("dead-lettering %s-%d@%d at stage %s after %d attempt(s): %s",
                record.topic(), record.partition(), record.offset(), stage, attempts, cause.toString());
        RecordHeaders headers = DeadLetterHeaders.of(record, cause, stage, attempts);
        try {
            emit(record.key(), record.value(), headers);
        } catch (RuntimeException e) {
            if (!(PublishFailures.unwrap(e) instanceof RecordTooLargeException)) {
                throw e;
            }
            int bytes = record.value() == null ? 0 : record.value().getBytes(StandardCharsets.UTF_8).length;
            LOG.warnf("dead letter of %s-%d@%d too large (%d bytes): sent without its value",
                    record.topic(), record.partition(), record.offset(), bytes);
            headers.add(Topics.DLQ_HEADER_VALUE_DROPPED, Integer.toString(bytes).getBytes(StandardCharsets.UTF_8));
            emit(record.key(), null, headers);
        }
        metrics.counter(counterName, "stage", stage).increment();
    }

    private void emit(String key, String value, RecordHeaders headers) {
        emitter.sendMessageAndAwait(Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).withHeaders(headers).build()));
    }
}
