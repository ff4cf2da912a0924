package io.veille.summary.consume;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.Topics;

/**
 * Sends a record that cannot be processed to news.articles.extracted.dlq with its original key,
 * value and headers, plus the Topics.DLQ_HEADER_* headers (what failed, where, after how many
 * tries). By hand rather than the connector's DLQ strategy, which cannot add our headers.
 */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String CHANNEL = "extracted-articles-dlq-out";
    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);
    private static final int MAX_REASON_CHARS = 1_000;

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
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(Topics.DLQ_HEADER_EXCEPTION, utf8(failure.getClass().getName()));
        headers.add(Topics.DLQ_HEADER_REASON, utf8(reason(failure)));
        headers.add(Topics.DLQ_HEADER_STAGE, utf8(stage));
        headers.add(Topics.DLQ_HEADER_ATTEMPTS, utf8(Integer.toString(attempts)));
        emitter.sendMessageAndAwait(Message.of(record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key())
                        .withHeaders(headers)
                        .build()));
        metrics.counter("veille.summary.dead.letters", "stage", stage).increment();
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
