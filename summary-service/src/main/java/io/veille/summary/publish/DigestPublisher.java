package io.veille.summary.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.summary.digest.DigestHeaders;

/**
 * Publishes digests to news.digests.fr / news.digests.en keyed by digest id, with the
 * {@link DigestHeaders} a subscriber filters on without reading the value.
 */
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

    /**
     * Returns once the broker acknowledged the record (acks=all).
     *
     * @param tags what the digest is about (summary.digest_tag), read for its headers
     */
    public void publish(Digest digest, Collection<String> tags) {
        MutinyEmitter<String> emitter = switch (digest.lang()) {
            case "fr" -> fr;
            case "en" -> en;
            default -> throw new IllegalArgumentException("no digest topic for language " + digest.lang());
        };
        RecordHeaders headers = new RecordHeaders();
        DigestHeaders.of(digest, tags).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        emitter.sendMessageAndAwait(Message.of(EventJson.write(digest))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(digest.id()).withHeaders(headers).build()));
    }
}
