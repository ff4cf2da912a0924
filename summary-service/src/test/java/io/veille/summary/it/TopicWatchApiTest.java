package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.Articles;
import io.veille.summary.digest.Topic;
import io.veille.summary.persist.TopicWatchRepository;
import io.veille.summary.service.SubscriptionCatalog;
import io.veille.summary.subscription.Watch;

/** Topics and watches added through the API tag the digests written next, without a restart. */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class TopicWatchApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    TopicWatchRepository repository;

    @Inject
    SubscriptionCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification subscriber() {
        return given().header("X-API-Key", "test-subscribe-key").contentType(ContentType.JSON);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void a_topic_and_a_watch_added_at_run_time_tag_the_next_digests_and_the_topic_gets_its_period_digest() {
        String word = unique("zq");
        String topicId = unique("t-");
        String watchId = unique("w-");
        subscriber().body("{\"id\": \"" + topicId + "\", \"labelFr\": \"Projet\", \"labelEn\": \"Project\", \"terms\": [\"" + word
                + "\"]}").post("/api/v1/topics")
                .then().statusCode(201).header("Location", endsWith("/api/v1/topics/" + topicId))
                .body("origin", equalTo("api")).body("terms", equalTo(List.of(word)));
        subscriber().body("{\"id\": \"" + watchId + "\", \"query\": \"" + word.toUpperCase() + " \\\"intelligence artificielle\\\""
                + " -football\", \"lang\": \"fr\", \"minStorySize\": 1}").post("/api/v1/watches")
                .then().statusCode(201).header("Location", endsWith("/api/v1/watches/" + watchId)).body("label", equalTo(watchId));
        subscriber().body("{\"id\": \"" + watchId + "\", \"query\": \"other\"}").post("/api/v1/watches")
                .then().statusCode(409).contentType("application/problem+json");
        subscriber().body("{\"id\": \"" + topicId + "\", \"terms\": [\"other\"]}").post("/api/v1/topics").then().statusCode(409);
        given().get("/api/v1/topics").then().statusCode(200).body("id", hasItem(topicId)).body("id", hasItem("ia"));
        given().get("/api/v1/watches/" + watchId).then().statusCode(200).body("minStorySize", equalTo(1));

        ExtractedArticle article = Articles.summit(unique("sub-"), Articles.SUMMIT_TEXT + " Le projet " + word + " avance.");
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));

        for (String kind : List.of("ARTICLE", "STORY")) {
            await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", "en").queryParam("kind", kind)
                    .queryParam("watch", watchId).get("/api/v1/digests")
                    .then().statusCode(200).body("total", equalTo(1)));
            given().queryParam("lang", "fr").queryParam("kind", kind).queryParam("topic", topicId).get("/api/v1/digests")
                    .then().body("total", equalTo(1));
        }
        // Its own 2025-02-10/topic/<id> digest, or the day's overall one when the topic covers every story of the day.
        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", "fr").queryParam("kind", "PERIOD")
                .queryParam("topic", topicId).get("/api/v1/digests")
                .then().statusCode(200).body("items.subjectId", hasItem(startsWith("2025-02-10"))));
    }

    @Test
    void a_watch_on_big_stories_leaves_a_single_article_alone() {
        String word = unique("zb");
        String watchId = unique("big-");
        subscriber().body("{\"id\": \"" + watchId + "\", \"query\": \"" + word + "\", \"minStorySize\": 2}").post("/api/v1/watches")
                .then().statusCode(201);
        ExtractedArticle article = Articles.summit(unique("big-"), Articles.SUMMIT_TEXT + " " + word);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));

        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", "en").queryParam("kind", "STORY")
                .queryParam("story", article.storyId()).get("/api/v1/digests").then().body("total", equalTo(1)));
        given().queryParam("lang", "en").queryParam("watch", watchId).get("/api/v1/digests").then().body("total", equalTo(0));
    }

    @Test
    void topics_and_watches_are_replaced_and_deleted_and_a_deleted_seed_is_not_seeded_again() {
        String topicId = unique("r-");
        subscriber().body("{\"id\": \"" + topicId + "\", \"entities\": [\"Emmanuel Macron\"]}").post("/api/v1/topics")
                .then().statusCode(201).body("labelFr", equalTo(topicId));
        subscriber().body("{\"terms\": [\"nucléaire\"], \"languages\": [\"fr\"]}").put("/api/v1/topics/" + topicId)
                .then().statusCode(200).body("terms", equalTo(List.of("nucléaire"))).body("entities", equalTo(List.of()))
                .body("languages", equalTo(List.of("fr")));
        subscriber().body("{\"terms\": [\"x\"]}").put("/api/v1/topics/" + unique("absent-")).then().statusCode(404);
        subscriber().delete("/api/v1/topics/" + topicId).then().statusCode(204);
        subscriber().delete("/api/v1/topics/" + topicId).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/topics/" + topicId).then().statusCode(404);
        // A deleted topic's id may be taken again.
        subscriber().body("{\"id\": \"" + topicId + "\", \"terms\": [\"again\"]}").post("/api/v1/topics").then().statusCode(201);

        String seed = unique("seed-");
        repository.seedTopics(List.of(new Topic(seed, "Graine", "Seed", List.of("graine"))));
        given().get("/api/v1/topics/" + seed).then().statusCode(200).body("origin", equalTo("config"));
        subscriber().delete("/api/v1/topics/" + seed).then().statusCode(204);
        repository.seedTopics(List.of(new Topic(seed, "Graine", "Seed", List.of("graine"))));
        given().get("/api/v1/topics").then().body("id", not(hasItem(seed)));

        String watchId = unique("d-");
        subscriber().body("{\"id\": \"" + watchId + "\", \"entity\": \"Mistral AI\"}").post("/api/v1/watches").then().statusCode(201);
        subscriber().body("{\"id\": \"" + watchId + "\", \"query\": \"mistral -football\", \"minStorySize\": 3}")
                .put("/api/v1/watches/" + watchId).then().statusCode(200).body("query", equalTo("mistral -football"))
                .body("minStorySize", equalTo(3));
        subscriber().delete("/api/v1/watches/" + watchId).then().statusCode(204);
        subscriber().delete("/api/v1/watches/" + watchId).then().statusCode(404);
        given().get("/api/v1/watches").then().statusCode(200).body("id", not(hasItem(watchId)));
    }

    @Test
    void a_watch_another_replica_stored_is_read_within_the_refresh_period() {
        String watchId = unique("replica-");
        Db db = new Db(dataSource);
        db.update("insert into summary.watch (id, label, query, min_story_size) values (?, ?, ?, 1)", watchId, "Replica", "mistral");

        await().atMost(WITHIN).until(() -> catalog.watches().stream().map(Watch::id).anyMatch(watchId::equals));
        db.update("delete from summary.watch where id = ?", watchId);
        await().atMost(WITHIN).until(() -> catalog.watches().stream().map(Watch::id).noneMatch(watchId::equals));
    }

    @Test
    void the_openapi_document_describes_topics_and_watches() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/topics'.post.responses.'409'.description", startsWith("A topic with that id exists"))
                .body("paths.'/api/v1/watches/{id}'.delete.responses.'204'.description", equalTo("Deleted"))
                .body("paths.'/api/v1/digests'.get.parameters.name", hasItem("watch"));
    }
}
