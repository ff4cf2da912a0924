package io.veille.extractor.publish;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;

/** Publishes extracted articles on news.articles.extracted, keyed by article id. */
@ApplicationScoped
public class ExtractedArticlePublisher {

    public static final String CHANNEL = "extracted-articles-out";

    private final MutinyEmitter<String> emitter;

    public ExtractedArticlePublisher(@Channel(CHANNEL) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Returns once the broker has the record (acks=all), so the caller may commit the source offset. */
    public void publish(ExtractedArticle article) {
        Message<String> message = Message.of(EventJson.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.articleId()).build());
        emitter.sendMessageAndAwait(message);
    }
}
