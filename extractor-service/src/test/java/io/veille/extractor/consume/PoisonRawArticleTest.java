package io.veille.extractor.consume;

import static io.veille.infra.KafkaTestClient.await;
import static io.veille.infra.KafkaTestClient.header;
import static io.veille.infra.KafkaTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.ContractViolationException;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.FeedItem;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import io.veille.contracts.UrlHash;
import io.veille.extractor.support.Pages;
import io.veille.infra.VeilleTestResources;

/**
 * Records that once stopped the partition or were lost: each is dead-lettered with its reason or
 * cleaned and kept, and the valid record sent behind it (same key, so same partition) is processed.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class PoisonRawArticleTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Extracting a 5 MB page takes 40 s on an idle 2-core machine, minutes when other builds share it. */
    private static final Duration BIG_PAGE_WAIT = Duration.ofMinutes(6);
    private static final String DLQ = Topics.deadLetter(Topics.ARTICLES_RAW);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void a_five_megabyte_page_is_capped_published_with_its_truncation_and_the_next_record_is_processed() throws Exception {
        RawArticle big = Pages.withHtml(Pages.summit("https://example.test/rapport-" + UUID.randomUUID()), Pages.longPage(5 * 1024 * 1024));
        String bigJson = Pages.json(big);
        assertThat(bigJson.getBytes(StandardCharsets.UTF_8).length).isBetween(5 * 1024 * 1024, 8 * 1024 * 1024);
        RawArticle next = Pages.summit("https://example.test/apres-rapport-" + UUID.randomUUID());

        send(Topics.ARTICLES_RAW, big.key(), bigJson);
        send(Topics.ARTICLES_RAW, big.key(), Pages.json(next));

        String bigId = UrlHash.of(big.canonicalUrl());
        List<ConsumerRecord<String, String>> published = await(Topics.ARTICLES_EXTRACTED, r -> bigId.equals(r.key()), 1, BIG_PAGE_WAIT);
        assertThat(published).hasSize(1);
        ExtractedArticle event = EventJson.read(published.get(0).value(), ExtractedArticle.class);
        assertThat(event.text()).hasSize(500_000);
        assertThat(event.truncation()).isNotNull();
        assertThat(event.truncation().originalTextChars()).isGreaterThan(500_000);
        assertThat(event.facts()).isNotEmpty().allMatch(f -> f.end() <= 500_000);
        awaitStored(UrlHash.of(next.canonicalUrl()));
    }

    @Test
    void a_raw_record_larger_than_the_crawler_sends_is_dead_lettered_unread_and_the_next_record_is_processed() throws Exception {
        RawArticle huge = Pages.withHtml(Pages.summit("https://example.test/enorme-" + UUID.randomUUID()),
                Pages.longPage(8 * 1024 * 1024 + 300_000));
        String hugeJson = Pages.json(huge);
        int bytes = hugeJson.getBytes(StandardCharsets.UTF_8).length;

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(huge.key(), hugeJson);

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("parse");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("the record is " + bytes
                + " bytes, more than the 8388608 a raw article may have (veille.extractor.max-raw-record-bytes)");
        assertThat(letter.value()).hasSize(hugeJson.length());
    }

    @Test
    void a_record_too_large_even_for_its_dead_letter_topic_is_dead_lettered_without_its_value() throws Exception {
        RawArticle huge = Pages.withHtml(Pages.summit("https://example.test/gigantesque-" + UUID.randomUUID()),
                Pages.longPage(9 * 1024 * 1024 + 200_000));
        String hugeJson = Pages.json(huge);
        int bytes = hugeJson.getBytes(StandardCharsets.UTF_8).length;

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(huge.key(), hugeJson);

        assertThat(letter.value()).isNull();
        assertThat(header(letter, Topics.DLQ_HEADER_VALUE_DROPPED)).isEqualTo(Integer.toString(bytes));
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).startsWith("the record is " + bytes + " bytes");
    }

    @Test
    void a_record_missing_its_required_fields_is_dead_lettered_with_each_one_named() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(Pages.json(Pages.summit("https://example.test/sans-source-" + UUID.randomUUID())));
        node.remove("sourceId");
        node.remove("html");
        String key = "missing-" + UUID.randomUUID();

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(key, node.toString());

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("validate");
        assertThat(header(letter, Topics.DLQ_HEADER_EXCEPTION)).isEqualTo(ContractViolationException.class.getName());
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("does not match the news.articles.raw schema:"
                + " $: required property 'html' not found; $: required property 'sourceId' not found");
        assertThat(count("select count(*) from extractor.article where canonical_url = ?", node.get("canonicalUrl").asText())).isZero();
    }

    @Test
    void a_record_of_schema_version_99_is_dead_lettered_as_unsupported() throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(Pages.json(Pages.summit("https://example.test/v99-" + UUID.randomUUID())));
        node.put("schemaVersion", 99);
        String key = "v99-" + UUID.randomUUID();

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(key, node.toString());

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("validate");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON))
                .isEqualTo("schemaVersion 99 is not supported on news.articles.raw (this consumer reads 1 to 1)");
        assertThat(letter.value()).isEqualTo(node.toString());
    }

    @Test
    void malformed_json_is_dead_lettered_at_the_parse_stage_with_the_parser_s_reason() throws Exception {
        String key = "malformed-" + UUID.randomUUID();

        ConsumerRecord<String, String> letter = deadLetteredBeforeTheNext(key, "{\"url\": not json");

        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("parse");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).isEqualTo("not a valid RawArticle: Unrecognized token 'not':"
                + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void a_page_with_nul_bytes_is_stored_without_them_instead_of_being_lost() throws Exception {
        String url = "https://example.test/nul-" + UUID.randomUUID();
        RawArticle summit = Pages.summit(url);
        RawArticle withNuls = new RawArticle(summit.schemaVersion(), url, url, summit.sourceId(), summit.languageHint(),
                new FeedItem("Sommet\u0000 IA", "Résumé\u0000", summit.feedItem().published(), "La\u0001 rédaction", List.of()),
                summit.fetchedAt(), 200, "text/html", "utf-8",
                Pages.SUMMIT_HTML.replace("109 milliards", "109\u0000 milliards").replace("<footer>", "\u0000\u0007<footer>"), false);

        send(Topics.ARTICLES_RAW, withNuls.key(), Pages.json(withNuls));

        String id = UrlHash.of(url);
        awaitStored(id);
        assertThat(count("select count(*) from extractor.article where id = ? and strpos(text, '109 milliards d''euros') > 0", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from extractor.fact where article_id = ? and type = 'MONEY' and value = 109000000000", id))
                .isEqualTo(1);
    }

    /** Sends the poison record and a valid one behind it with the same key; returns the dead letter once the valid one is stored. */
    private ConsumerRecord<String, String> deadLetteredBeforeTheNext(String key, String poison) throws Exception {
        RawArticle next = Pages.summit("https://example.test/suivant-" + UUID.randomUUID());

        send(Topics.ARTICLES_RAW, key, poison);
        send(Topics.ARTICLES_RAW, key, Pages.json(next));

        List<ConsumerRecord<String, String>> dead = await(DLQ, r -> key.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        awaitStored(UrlHash.of(next.canonicalUrl()));
        return dead.get(0);
    }

    private void awaitStored(String id) {
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(count("select count(*) from extractor.article where id = ?", id)).isEqualTo(1));
    }

    private long count(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
