package io.veille.summary.publish;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

/** Publishes digests to news.digests.fr / news.digests.en keyed by digest id. */
@ApplicationScoped
public class DigestPublisher {

    public static final String CHANNEL_FR = "digests-fr-out";
    public static final String CHANNEL_EN = "digests-en-out";

    private final MutinyEmitter<String> fr;
    private final MutinyEmitter<String> en;

    public DigestPublisher(@Channel(CHANNEL_FR) MutinyEmitter<String> fr, @Channel(CHANNEL_EN) MutinyEmitter<String> en) {
        this.fr = fr;
        this.en = en;
    }

    /** Returns once the broker acknowledged the record (acks=all). */
    public void publish(Digest digest) {
        MutinyEmitter<String> emitter = switch (digest.lang()) {
            case "fr" -> fr;
            case "en" -> en;
            default -> throw new IllegalArgumentException("no digest topic for language " + digest.lang());
        };
        emitter.sendMessageAndAwait(Message.of(EventJson.write(digest))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(digest.id()).build()));
    }
}
