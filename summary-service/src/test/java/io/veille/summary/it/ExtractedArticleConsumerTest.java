package io.veille.summary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.Articles;
import io.veille.summary.digest.DigestIds;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class ExtractedArticleConsumerTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    private static String newArticleId() {
        return "test-" + UUID.randomUUID();
    }

    private static void publish(ExtractedArticle article) {
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
    }

    @Test
    void an_extracted_article_yields_a_french_and_an_english_digest_that_cite_it() {
        ExtractedArticle article = Articles.summit(newArticleId());

        publish(article);

        Digest fr = onlyDigest(Topics.DIGESTS_FR, DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr"));
        Digest en = onlyDigest(Topics.DIGESTS_EN, DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en"));
        assertThat(fr.items()).extracting(Digest.Item::text).contains("Montants cités : 109 milliards d'euros.");
        assertThat(en.items()).extracting(Digest.Item::text).contains("Amounts cited: €109 billion.");
        for (Digest d : List.of(fr, en)) {
            assertThat(d.kind()).isEqualTo(Digest.Kind.ARTICLE);
            assertThat(d.subjectId()).isEqualTo(article.articleId());
            assertThat(d.status()).isEqualTo("VERIFIED");
            assertThat(d.provider()).isEqualTo("extractive");
            assertThat(d.version()).isEqualTo(1);
            assertThat(d.items()).allSatisfy(i -> assertThat(i.citations())
                    .containsExactly(new Digest.Citation(article.articleId(), article.url(), "example-fr")));
        }

        Db db = new Db(dataSource);
        assertThat(db.rows("select lang, kind, subject_id, version, status, provider, published, items::text from summary.digest "
                + "where subject_id = ? order by lang", article.articleId()))
                .hasSize(2)
                .allSatisfy(row -> {
                    assertThat(row.subList(1, 7)).containsExactly("ARTICLE", article.articleId(), 1, "VERIFIED", "extractive", true);
                    assertThat((String) row.get(7)).contains(article.url());
                });
        assertThat(db.rows("select url, lang, content_hash is not null, facts->0->>'currency' from summary.article where id = ?",
                article.articleId()))
                .containsExactly(List.of(article.url(), "fr", true, "EUR"));
    }

    @Test
    void a_replayed_article_adds_no_version_and_a_changed_one_adds_one() {
        ExtractedArticle article = Articles.summit(newArticleId());
        String frId = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr");
        publish(article);
        onlyDigest(Topics.DIGESTS_FR, frId);

        publish(article);
        ExtractedArticle changed = Articles.summit(article.articleId(), Articles.SUMMIT_TEXT + " Une phrase ajoutée.");
        publish(changed);

        // Same key, same partition: the replay was handled before the change, so a republished v1 would sit before v2.
        List<Digest> versions = KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, frId, 2, WITHIN).stream()
                .map(r -> EventJson.read(r.value(), Digest.class))
                .toList();
        assertThat(versions).extracting(Digest::version).containsExactly(1, 2);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(new Db(dataSource)
                .rows("select version from summary.digest where id = ? order by version", frId))
                .containsExactly(List.of(1), List.of(2)));
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_one_is_digested() {
        String key = newArticleId();
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, key, "{not json");
        ExtractedArticle next = Articles.summit(newArticleId());
        publish(next);

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.recordsWithKey(Topics.deadLetter(Topics.ARTICLES_EXTRACTED), key, 1, WITHIN);

        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("{not json");
            assertThat(header(r, Topics.DLQ_HEADER_STAGE)).isEqualTo("parse");
            assertThat(header(r, Topics.DLQ_HEADER_ATTEMPTS)).isEqualTo("1");
            assertThat(header(r, Topics.DLQ_HEADER_EXCEPTION)).contains("MalformedEventException");
            assertThat(header(r, Topics.DLQ_HEADER_REASON)).contains("ExtractedArticle");
        });
        onlyDigest(Topics.DIGESTS_EN, DigestIds.of(Digest.Kind.ARTICLE, next.articleId(), "en"));
    }

    @Test
    void an_article_without_an_id_goes_to_the_dead_letter_topic_with_the_reason() {
        String key = newArticleId();
        ExtractedArticle noId = Articles.summit(null);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, key, EventJson.write(noId));

        assertThat(KafkaTestClient.recordsWithKey(Topics.deadLetter(Topics.ARTICLES_EXTRACTED), key, 1, WITHIN)).singleElement()
                .satisfies(r -> assertThat(header(r, Topics.DLQ_HEADER_REASON))
                        .isEqualTo("does not match the news.articles.extracted schema: $: required property 'articleId' not found"));
    }

    private static Digest onlyDigest(String topic, String id) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.recordsWithKey(topic, id, 1, WITHIN);
        assertThat(records).as("digest %s on %s", id, topic).hasSize(1);
        return EventJson.read(records.get(0).value(), Digest.class);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
