package io.veille.extractor.consume;

import static io.restassured.RestAssured.given;
import static io.veille.infra.KafkaTestClient.await;
import static io.veille.infra.KafkaTestClient.header;
import static io.veille.infra.KafkaTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import io.veille.contracts.UrlHash;
import io.veille.extractor.support.Pages;
import io.veille.infra.VeilleTestResources;

/**
 * An extracted article that is still too large for its producer after the caps: the emitter's
 * failed acknowledgement reaches the consumer, which dead-letters the raw record at once (a
 * retry would fail the same way) and goes on with the next record; the outgoing channel stays up.
 */
@QuarkusTest
@TestProfile(OversizedPublishTest.TinyProducerLimit.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class OversizedPublishTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int LIMIT = 65_536;

    /** A producer limit below what the caps let through, so a plain long article exceeds it. */
    public static class TinyProducerLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.extracted-articles-out.max.request.size", Integer.toString(LIMIT));
        }
    }

    @Test
    void an_article_over_the_producer_limit_is_dead_lettered_without_retries_and_the_next_one_is_published() {
        RawArticle tooLong = Pages.withHtml(Pages.summit("https://example.test/trop-long-" + UUID.randomUUID()), Pages.longPage(200_000));
        RawArticle next = Pages.summit("https://example.test/apres-trop-long-" + UUID.randomUUID());

        send(Topics.ARTICLES_RAW, tooLong.key(), Pages.json(tooLong));
        send(Topics.ARTICLES_RAW, tooLong.key(), Pages.json(next));

        List<ConsumerRecord<String, String>> dead = await(Topics.deadLetter(Topics.ARTICLES_RAW), r -> tooLong.key().equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, String> letter = dead.get(0);
        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("publish");
        assertThat(header(letter, Topics.DLQ_HEADER_ATTEMPTS)).isEqualTo("1");
        assertThat(header(letter, Topics.DLQ_HEADER_EXCEPTION)).isEqualTo(RecordTooLargeException.class.getName());
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).matches("The message is \\d+ bytes when serialized which is larger than "
                + LIMIT + ", which is the value of the max.request.size configuration\\.");

        String nextId = UrlHash.of(next.canonicalUrl());
        assertThat(await(Topics.ARTICLES_EXTRACTED, r -> nextId.equals(r.key()), 1, WAIT)).hasSize(1);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
