package io.veille.summary.publish;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.veille.support.messaging.DeadLetterSender;

/** The shared {@link DeadLetterSender} bound to news.articles.extracted.dlq. */
@ApplicationScoped
public class DeadLetterPublisher {

    public static final String CHANNEL = "extracted-articles-dlq-out";

    private final DeadLetterSender sender;

    public DeadLetterPublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter, MeterRegistry metrics) {
        this.sender = new DeadLetterSender(emitter, metrics, "veille.summary.dead.letters");
    }

    /** Returns once the broker has the dead letter, so the original offset may be committed. */
    public void send(ConsumerRecord<String, String> record, Throwable failure, String stage, int attempts) {
        sender.send(record, failure, stage, attempts);
    }
}
