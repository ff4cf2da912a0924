package io.veille.summary.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.veille.summary.digest.DigestHeaders;
import io.veille.summary.digest.DigestIds;

/** Digest records on the real broker carry the headers a subscriber filters on without parsing the value. */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class DigestRecordHeadersTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void article_and_story_digests_name_their_kind_language_topics_and_story() {
        String story = "headers-" + UUID.randomUUID();
        ExtractedArticle article = Articles.summitIn("headers-" + UUID.randomUUID(), story);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        String articleDigest = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en");
        String storyDigest = DigestIds.of(Digest.Kind.STORY, story, "fr");

        ConsumerRecord<String, String> en = KafkaTestClient.recordsWithKey(Topics.DIGESTS_EN, articleDigest, 1, WITHIN).getFirst();
        ConsumerRecord<String, String> fr = KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, storyDigest, 1, WITHIN).getFirst();

        assertThat(KafkaTestClient.header(en, DigestHeaders.KIND)).isEqualTo("ARTICLE");
        assertThat(KafkaTestClient.header(en, DigestHeaders.LANG)).isEqualTo("en");
        assertThat(KafkaTestClient.header(en, DigestHeaders.STORY)).isEqualTo(story);
        assertThat(KafkaTestClient.header(en, DigestHeaders.TOPICS)).isEqualTo(String.join(",", topicsOf(articleDigest)));
        assertThat(KafkaTestClient.header(en, DigestHeaders.TOPICS).split(",")).contains("ia");
        assertThat(KafkaTestClient.header(en, DigestHeaders.WATCHES)).isNull();

        assertThat(KafkaTestClient.header(fr, DigestHeaders.KIND)).isEqualTo("STORY");
        assertThat(KafkaTestClient.header(fr, DigestHeaders.LANG)).isEqualTo("fr");
        assertThat(KafkaTestClient.header(fr, DigestHeaders.STORY)).isEqualTo(story);
        assertThat(KafkaTestClient.header(fr, DigestHeaders.TOPICS).split(",")).contains("ia");
    }

    /** The topic ids of the digest's tags in summary.digest_tag, sorted. */
    private List<String> topicsOf(String digestId) {
        return new Db(dataSource).rows("select substring(tag from 7) from summary.digest_tag where digest_id = ? and tag like 'topic:%' order by 1",
                digestId).stream().map(row -> (String) row.get(0)).toList();
    }
}
