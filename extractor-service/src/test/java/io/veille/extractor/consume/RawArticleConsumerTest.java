package io.veille.extractor.consume;

import static io.veille.infra.KafkaTestClient.await;
import static io.veille.infra.KafkaTestClient.header;
import static io.veille.infra.KafkaTestClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.FactType;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import io.veille.contracts.UrlHash;
import io.veille.extractor.support.Pages;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class RawArticleConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    DataSource dataSource;

    @Test
    void a_raw_article_is_stored_with_its_money_fact_and_published_as_extracted() throws Exception {
        String url = "https://example.test/sommet-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        RawArticle raw = Pages.summit(url);

        send(Topics.ARTICLES_RAW, raw.key(), Pages.json(raw));

        List<ConsumerRecord<String, String>> published = await(Topics.ARTICLES_EXTRACTED, r -> id.equals(r.key()), 1, WAIT);
        assertThat(published).hasSize(1);
        ExtractedArticle event = EventJson.read(published.get(0).value(), ExtractedArticle.class);
        assertThat(event.articleId()).isEqualTo(id);
        // the story is this article's own, or the one of an earlier summit article of the same test run
        assertThat(event.storyId()).isNotBlank();
        assertThat(event.lang()).isEqualTo("fr");
        assertThat(event.text()).contains("109 milliards d'euros");
        assertThat(event.facts()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FactType.MONEY);
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("109000000000"));
            assertThat(f.currency()).isEqualTo("EUR");
        });

        assertThat(queryLongs("select count(*) from extractor.article where id = ?", id)).containsExactly(1L);
        assertThat(queryStrings("select canonical_url || '|' || story_id || '|' || lang from extractor.article where id = ?", id))
                .containsExactly(url + "|" + event.storyId() + "|fr");
        assertThat(queryLongs("select count(*) from extractor.fact where article_id = ? and type = 'MONEY'"
                + " and value = 109000000000 and currency = 'EUR'", id)).containsExactly(1L);
    }

    @Test
    void a_range_fact_keeps_its_upper_bound_in_the_database_and_the_event_and_the_page_media_are_stored() throws Exception {
        String url = "https://example.test/epr-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        RawArticle raw = Pages.withHtml(Pages.summit(url), Pages.RANGE_HTML);

        send(Topics.ARTICLES_RAW, raw.key(), Pages.json(raw));

        List<ConsumerRecord<String, String>> published = await(Topics.ARTICLES_EXTRACTED, r -> id.equals(r.key()), 1, WAIT);
        ExtractedArticle event = EventJson.read(published.get(0).value(), ExtractedArticle.class);
        assertThat(event.facts()).anySatisfy(f -> {
            assertThat(f.text()).isEqualTo("entre 10 et 20 milliards d'euros");
            assertThat(f.value()).isEqualByComparingTo("10000000000");
            assertThat(f.valueEnd()).isEqualByComparingTo("20000000000");
        });

        assertThat(queryLongs("select count(*) from extractor.fact where article_id = ? and type = 'MONEY'"
                + " and value = 10000000000 and value_end = 20000000000 and currency = 'EUR'", id)).containsExactly(1L);
        assertThat(queryStrings("select image || '|' || section || '|' || to_char(modified_at at time zone 'UTC',"
                + " 'YYYY-MM-DD\"T\"HH24:MI') from extractor.article where id = ?", id))
                .containsExactly("https://example.test/img/epr2.jpg|Économie|2025-03-02T09:30");
    }

    @Test
    void replaying_the_same_record_adds_no_rows() throws Exception {
        String url = "https://example.test/replay-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        RawArticle raw = Pages.summit(url);

        send(Topics.ARTICLES_RAW, raw.key(), Pages.json(raw));
        assertThat(await(Topics.ARTICLES_EXTRACTED, r -> id.equals(r.key()), 1, WAIT)).hasSize(1);
        List<Long> factIds = queryLongs("select id from extractor.fact where article_id = ? order by id", id);
        List<Long> entityIds = queryLongs("select id from extractor.entity where article_id = ? order by id", id);
        assertThat(factIds).isNotEmpty();

        send(Topics.ARTICLES_RAW, raw.key(), Pages.json(raw));
        // each processing publishes once: a second record on the topic means the replay was handled
        assertThat(await(Topics.ARTICLES_EXTRACTED, r -> id.equals(r.key()), 2, WAIT)).hasSize(2);

        assertThat(queryLongs("select count(*) from extractor.article where id = ?", id)).containsExactly(1L);
        assertThat(queryLongs("select id from extractor.fact where article_id = ? order by id", id)).isEqualTo(factIds);
        assertThat(queryLongs("select id from extractor.entity where article_id = ? order by id", id)).isEqualTo(entityIds);
    }

    @Test
    void a_malformed_record_goes_to_the_dead_letter_topic_and_the_next_record_is_still_processed() throws Exception {
        String badKey = "bad-" + UUID.randomUUID();
        String url = "https://example.test/after-bad-" + UUID.randomUUID();
        String id = UrlHash.of(url);
        RawArticle good = Pages.summit(url);

        send(Topics.ARTICLES_RAW, badKey, "{\"url\": not json");
        send(Topics.ARTICLES_RAW, good.key(), Pages.json(good));

        List<ConsumerRecord<String, String>> dead = await(Topics.deadLetter(Topics.ARTICLES_RAW), r -> badKey.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, String> letter = dead.get(0);
        assertThat(letter.value()).isEqualTo("{\"url\": not json");
        assertThat(header(letter, Topics.DLQ_HEADER_STAGE)).isEqualTo("parse");
        assertThat(header(letter, Topics.DLQ_HEADER_REASON)).contains("not a valid RawArticle");
        assertThat(header(letter, Topics.DLQ_HEADER_EXCEPTION)).isEqualTo(EventJson.MalformedEventException.class.getName());
        assertThat(header(letter, Topics.DLQ_HEADER_ATTEMPTS)).isEqualTo("1");

        await().atMost(WAIT).untilAsserted(() ->
                assertThat(queryLongs("select count(*) from extractor.article where id = ?", id)).containsExactly(1L));
    }

    private List<Long> queryLongs(String sql, String param) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private List<String> queryStrings(String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
