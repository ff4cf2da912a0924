package io.veille.summary.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.ContractViolationException;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.Articles;
import io.veille.summary.digest.DigestIds;

/**
 * Records on news.articles.extracted that break its contract: each is dead-lettered with its
 * reason, and the valid article sent behind it (same key, so same partition) is digested.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class PoisonExtractedArticleTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_article_missing_its_required_fields_is_dead_lettered_with_each_one_named() throws Exception {
        ObjectNode node = json(Articles.summit(newId()));
        node.remove("sourceId");
        node.remove("text");

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(node.toString());

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("validate");
        assertThat(header(letter, Topics.DLQ_HEADER_EXCEPTION)).isEqualTo(ContractViolationException.class.getName());
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("does not match the news.articles.extracted schema:"
                + " $: required property 'sourceId' not found; $: required property 'text' not found");
        assertThat(new Db(dataSource).rows("select id from summary.article where id = ?", node.get("articleId").asText())).isEmpty();
    }

    @Test
    void an_article_of_schema_version_99_is_dead_lettered_as_unsupported_and_never_digested() throws Exception {
        ObjectNode node = json(Articles.summit(newId()));
        node.put("schemaVersion", 99);

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(node.toString());

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("validate");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON))
                .isEqualTo("schemaVersion 99 is not supported on news.articles.extracted (this consumer reads 1 to 1)");
        assertThat(new Db(dataSource).rows("select id from summary.digest where subject_id = ?", node.get("articleId").asText())).isEmpty();
    }

    @Test
    void an_unknown_entity_type_is_dead_lettered_with_the_allowed_types() throws Exception {
        ObjectNode node = json(Articles.summit(newId()));
        ((ObjectNode) node.get("entities").get(0)).put("type", "SPACESHIP");

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(node.toString());

        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("does not match the news.articles.extracted schema:"
                + " $.entities[0].type: does not have a value in the enumeration [\"PERSON\", \"ORG\", \"LOC\"]");
    }

    @Test
    void malformed_json_is_dead_lettered_at_the_parse_stage_with_the_parser_s_reason() {
        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext("{not json");

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("parse");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("not a valid ExtractedArticle: Unexpected character ('n'"
                + " (code 110)): was expecting double-quote to start field name");
    }

    @Test
    void an_article_at_the_extractor_s_text_cap_is_digested_like_any_other() {
        String text = Articles.SUMMIT_TEXT + " " + "Le rapport détaille chaque poste de dépense. ".repeat(12_000);
        ExtractedArticle big = Articles.summit(newId(), text.substring(0, 500_000));

        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, big.articleId(), EventJson.write(big));

        assertThat(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, DigestIds.of(Digest.Kind.ARTICLE, big.articleId(), "fr"), 1, WITHIN))
                .hasSize(1);
    }

    @Test
    void an_article_with_nul_characters_is_stored_with_spaces_in_their_place() {
        ExtractedArticle article = Articles.summit(newId(), Articles.SUMMIT_TEXT.replaceFirst(" ", "\u0000"));

        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));

        assertThat(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr"), 1,
                WITHIN)).hasSize(1);
        assertThat(new Db(dataSource).rows("select text from summary.article where id = ?", article.articleId()))
                .containsExactly(List.of(Articles.SUMMIT_TEXT));
    }

    /** Sends the poison record and a valid article behind it with the same key; returns the dead letter once the article is digested. */
    private static ConsumerRecord<String, String> deadLetteredBeforeTheNext(String poison) {
        String key = newId();
        ExtractedArticle next = Articles.summit(newId());

        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, key, poison);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, key, EventJson.write(next));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.recordsWithKey(Topics.deadLetter(Topics.ARTICLES_EXTRACTED), key, 1, WITHIN);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        assertThat(KafkaTestClient.recordsWithKey(Topics.DIGESTS_EN, DigestIds.of(Digest.Kind.ARTICLE, next.articleId(), "en"), 1, WITHIN))
                .hasSize(1);
        return dead.get(0);
    }

    private static ObjectNode json(ExtractedArticle article) throws Exception {
        return (ObjectNode) JSON.readTree(EventJson.write(article));
    }

    private static String newId() {
        return "poison-" + UUID.randomUUID();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
