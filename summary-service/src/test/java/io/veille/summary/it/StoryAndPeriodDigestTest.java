package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class StoryAndPeriodDigestTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private static void publish(ExtractedArticle article) {
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
    }

    private static List<Digest> versions(String topic, String id, int count) {
        return KafkaTestClient.recordsWithKey(topic, id, count, WITHIN).stream()
                .map(ConsumerRecord::value).map(v -> EventJson.read(v, Digest.class)).toList();
    }

    @Test
    void a_story_digest_cites_every_article_and_is_reissued_when_one_joins() {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle fr = Articles.summitIn("fr-" + UUID.randomUUID(), story);
        ExtractedArticle en = Articles.summitEn("en-" + UUID.randomUUID(), story);
        String enId = DigestIds.of(Digest.Kind.STORY, story, "en");

        publish(fr);
        Digest first = versions(Topics.DIGESTS_EN, enId, 1).get(0);
        publish(en);
        List<Digest> both = versions(Topics.DIGESTS_EN, enId, 2);

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.items()).flatExtracting(Digest.Item::citations).extracting(Digest.Citation::articleId)
                .containsOnly(fr.articleId());
        Digest second = both.get(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.kind()).isEqualTo(Digest.Kind.STORY);
        assertThat(second.subjectId()).isEqualTo(story);
        assertThat(second.title()).isEqualTo(en.title());
        assertThat(second.items()).flatExtracting(Digest.Item::citations).extracting(Digest.Citation::articleId)
                .contains(fr.articleId(), en.articleId());
        assertThat(second.items()).extracting(Digest.Item::text).contains("Amounts cited: €109 billion.",
                "Sources: example-fr (fr), example-en (en).");

        given().queryParam("lang", "en").when().get("/api/v1/stories/" + story + "/digest")
                .then().statusCode(200).body("id", equalTo(enId)).body("version", equalTo(2));
        given().queryParam("lang", "fr").when().get("/api/v1/stories/no-such-story/digest")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the_day_gets_a_period_digest_listing_the_story_found_by_its_topic() {
        String story = "story-" + UUID.randomUUID();
        // a day of its own: the other tests' articles on the summit's day would crowd a top-10 period digest
        ExtractedArticle summit = Articles.summitIn("pfr-" + UUID.randomUUID(), story);
        ExtractedArticle fr = new ExtractedArticle(summit.schemaVersion(), summit.articleId(), summit.storyId(), summit.url(),
                summit.sourceId(), summit.lang(), summit.title(), summit.byline(), java.time.Instant.parse("2025-02-11T06:30:00Z"),
                summit.text(), summit.entities(), summit.facts(), null, null, null);

        publish(fr);

        String periodId = DigestIds.of(Digest.Kind.PERIOD, "2025-02-11", "fr");
        await().atMost(WITHIN).untilAsserted(() -> {
            Digest period = given().when().get("/api/v1/digests/" + periodId).then().statusCode(200).extract().as(Digest.class);
            assertThat(period.title()).isEqualTo("L'essentiel du 11 février 2025");
            assertThat(period.items()).flatExtracting(Digest.Item::citations).extracting(Digest.Citation::articleId)
                    .contains(fr.articleId());
        });
        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", "en").queryParam("kind", "PERIOD")
                .queryParam("topic", "ia").when().get("/api/v1/digests")
                .then().statusCode(200).body("items.subjectId", hasItem(startsWith("2025-02-11"))));
    }

    @Test
    void digests_filter_by_story_entity_and_topic() {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle en = Articles.summitEn("fen-" + UUID.randomUUID(), story);
        publish(en);

        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", "en").queryParam("story", story)
                .when().get("/api/v1/digests").then().statusCode(200)
                .body("items.kind", hasItem("ARTICLE")).body("items.kind", hasItem("STORY")));
        given().queryParam("lang", "en").queryParam("story", story).queryParam("kind", "STORY").when().get("/api/v1/digests")
                .then().body("total", equalTo(1)).body("items[0].subjectId", equalTo(story));
        // Period digests of the day may list this story too: the filters are checked on its own digests.
        for (String kind : List.of("ARTICLE", "STORY")) {
            given().queryParam("lang", "en").queryParam("entity", "MISTRAL ai").queryParam("story", story).queryParam("kind", kind)
                    .when().get("/api/v1/digests").then().body("total", equalTo(1));
            given().queryParam("lang", "en").queryParam("entity", "Olaf Scholz").queryParam("story", story).queryParam("kind", kind)
                    .when().get("/api/v1/digests").then().body("total", equalTo(0));
            given().queryParam("lang", "en").queryParam("topic", "energie").queryParam("story", story).queryParam("kind", kind)
                    .when().get("/api/v1/digests").then().body("total", equalTo(0));
            given().queryParam("lang", "en").queryParam("topic", "ia").queryParam("story", story).queryParam("kind", kind)
                    .when().get("/api/v1/digests").then().body("total", equalTo(1));
        }
    }

    @Test
    void the_stream_pushes_each_new_digest_of_its_language() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/digests/stream?lang=en"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        ExtractedArticle article = Articles.summit("sse-" + UUID.randomUUID());
        String wanted = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en");

        CompletableFuture<Digest> seen = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        Digest d = EventJson.read(line.substring(5).strip(), Digest.class);
                        if (d.id().equals(wanted)) {
                            return d;
                        }
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        publish(article);

        Digest pushed = seen.get(30, TimeUnit.SECONDS);
        assertThat(pushed.lang()).isEqualTo("en");
        assertThat(pushed.subjectId()).isEqualTo(article.articleId());
        response.body().close();
    }

    @Test
    void an_ad_hoc_summary_needs_a_valid_api_key() {
        String body = "{\"text\": \"" + Articles.SUMMIT_TEXT + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/summaries")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "wrong").contentType(ContentType.JSON).body(body).when().post("/api/v1/summaries")
                .then().statusCode(401);
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"articleIds\": [\"nope\"]}")
                .when().post("/api/v1/summaries").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void stored_articles_are_summarised_together_as_one_story() {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle fr = Articles.summitIn("adhoc-fr-" + UUID.randomUUID(), story);
        ExtractedArticle en = Articles.summitEn("adhoc-en-" + UUID.randomUUID(), story);
        publish(fr);
        publish(en);
        versions(Topics.DIGESTS_EN, DigestIds.of(Digest.Kind.ARTICLE, en.articleId(), "en"), 1);
        versions(Topics.DIGESTS_EN, DigestIds.of(Digest.Kind.ARTICLE, fr.articleId(), "en"), 1);

        given().header("Authorization", "Bearer test-admin-key").contentType(ContentType.JSON)
                .body("{\"articleIds\": [\"" + fr.articleId() + "\", \"" + en.articleId() + "\"]}")
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("en.kind", equalTo("STORY"))
                .body("en.items.citations.flatten().articleId", hasItem(fr.articleId()))
                .body("en.items.citations.flatten().articleId", hasItem(en.articleId()));
    }
}
