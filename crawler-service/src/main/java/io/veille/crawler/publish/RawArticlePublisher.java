package io.veille.crawler.publish;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.EventJson;
import io.veille.contracts.RawArticle;
import io.veille.crawler.poll.RawArticleSink;

/** Sends raw articles to news.articles.raw and waits for the broker's acknowledgement (acks=all). */
@ApplicationScoped
public class RawArticlePublisher implements RawArticleSink {

    public static final String CHANNEL = "raw-articles";

    /** Longer than the producer's delivery.timeout.ms would be pointless; shorter would abandon sends Kafka still retries. */
    private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

    private final MutinyEmitter<String> emitter;

    public RawArticlePublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(RawArticle article) {
        Message<String> message = Message.of(EventJson.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.key()).build());
        try {
            emitter.sendMessage(message).await().atMost(ACK_TIMEOUT);
        } catch (RuntimeException e) {
            throw new PublishFailedException("raw article " + article.key() + " not acknowledged: " + e.getMessage(), e);
        }
    }
}
