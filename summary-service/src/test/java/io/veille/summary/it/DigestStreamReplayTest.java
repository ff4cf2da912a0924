package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

/**
 * The SSE stream's ids: a client that disconnects and comes back with Last-Event-ID gets exactly
 * the versions published meanwhile, in order, with no gap and no duplicate, and then the live ones.
 * The filters keep other tests' digests out: one story, English ARTICLE digests only.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class DigestStreamReplayTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_client_reconnecting_with_last_event_id_gets_exactly_what_it_missed() throws Exception {
        String story = "replay-" + UUID.randomUUID();
        String query = "lang=en&kind=ARTICLE&story=" + story;
        ExtractedArticle first = article(story);
        ExtractedArticle second = article(story);
        ExtractedArticle third = article(story);
        ExtractedArticle fourth = article(story);

        SseEvents.Event seen;
        try (SseEvents client = SseEvents.connect(port, query, Map.of())) {
            publish(first);
            seen = client.take(1, WITHIN).getFirst();
        }
        assertThat(seen.digest().subjectId()).isEqualTo(first.articleId());
        assertThat(seen.id()).isPositive();

        publish(second);
        publish(third);
        awaitPublished(second, third);

        try (SseEvents client = SseEvents.connect(port, query, Map.of("Last-Event-ID", Long.toString(seen.id())))) {
            List<SseEvents.Event> missed = client.take(2, WITHIN);
            assertThat(missed).extracting(e -> e.digest().subjectId())
                    .containsExactlyInAnyOrder(second.articleId(), third.articleId());
            assertThat(missed).extracting(SseEvents.Event::id).isSorted().allMatch(id -> id > seen.id());

            publish(fourth);
            SseEvents.Event live = client.take(1, WITHIN).getFirst();
            assertThat(live.digest().subjectId()).isEqualTo(fourth.articleId());
            assertThat(live.id()).isGreaterThan(missed.getLast().id());
            assertThat(client.pending()).isEmpty();
        }

        // the same replay asked for in the query, as a first connection does
        try (SseEvents client = SseEvents.connect(port, query + "&lastEventId=" + seen.id(), Map.of())) {
            assertThat(client.take(3, WITHIN)).extracting(e -> e.digest().subjectId())
                    .containsExactlyInAnyOrder(second.articleId(), third.articleId(), fourth.articleId());
        }
    }

    @Test
    void events_carry_the_digest_json_and_the_filters_keep_out_what_does_not_match() throws Exception {
        String story = "filter-" + UUID.randomUUID();
        ExtractedArticle article = article(story);
        try (SseEvents stories = SseEvents.connect(port, "lang=en&kind=STORY&story=" + story, Map.of());
                SseEvents energy = SseEvents.connect(port, "lang=en&topic=energie&story=" + story, Map.of());
                SseEvents ai = SseEvents.connect(port, "lang=fr&kind=article&topic=IA&entity=EMMANUEL%20macr%C3%B3n&story=" + story, Map.of())) {
            publish(article);

            Digest frArticle = ai.take(1, WITHIN).getFirst().digest();
            assertThat(frArticle.id()).isEqualTo(DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr"));
            assertThat(frArticle.items()).isNotEmpty();
            Digest enStory = stories.take(1, WITHIN).getFirst().digest();
            assertThat(enStory.id()).isEqualTo(DigestIds.of(Digest.Kind.STORY, story, "en"));
            assertThat(energy.pending()).isEmpty();
        }
    }

    @Test
    void a_bad_filter_or_last_event_id_is_a_problem() {
        given().header("Last-Event-ID", "yesterday").when().get("/api/v1/digests/stream?lang=en")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("Last-Event-ID"));
        given().when().get("/api/v1/digests/stream?lastEventId=-3")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("lastEventId"));
        given().when().get("/api/v1/digests/stream?kind=TWEET")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("kind"));
        given().when().get("/api/v1/digests/stream?lang=de")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("lang"));
    }

    private static ExtractedArticle article(String story) {
        return Articles.summitIn("replay-" + UUID.randomUUID(), story);
    }

    private static void publish(ExtractedArticle article) {
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
    }

    private void awaitPublished(ExtractedArticle... articles) {
        Db db = new Db(dataSource);
        for (ExtractedArticle article : articles) {
            String id = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en");
            await().atMost(WITHIN).until(() -> db.count("select count(*) from summary.digest where id = ? and seq is not null", id) == 1);
        }
    }
}
