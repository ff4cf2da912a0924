package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.delivery.WebhookVerifier;
import jakarta.inject.Inject;

/**
 * Digests are published straight onto news.digests.fr (with their summary.digest_tag rows inserted first, as
 * the pipeline does before it publishes), so each test controls the digest, its tags and its citations; the
 * webhook receiver is the WireMock server on 127.0.0.1, whose port alone is allow-listed. Each test subscribes
 * to a tag of its own, so digests of other tests never reach its receiver.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class WebhookDeliveryTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String KEY = "test-subscribe-key";
    private static final String SECRET = "a-secret-the-receiver-shares-with-us";
    private static final int MAX_ATTEMPTS = 4; // %test.veille.delivery.max-attempts

    @InjectWireMock
    WireMockServer receiver;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void deliveryConsumerJoined() {
        KafkaTestClient.awaitAssigned("veille-delivery", WITHIN);
    }

    private String subscribe(String tag, String path, String kinds) {
        return given().header("X-API-Key", KEY).contentType(ContentType.JSON)
                .body("{\"target\": \"" + tag + "\", \"lang\": \"fr\", \"kinds\": " + kinds + ", \"channel\": \"webhook\","
                        + " \"url\": \"http://127.0.0.1:" + receiver.port() + path + "\", \"secret\": \"" + SECRET + "\"}")
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    private Digest publish(String tag, Digest.Kind kind, String articleId) {
        Digest digest = new Digest(Digest.SCHEMA_VERSION, UUID.randomUUID().toString(), kind, "subject-" + UUID.randomUUID(), "fr",
                "Sommet sur l'IA", List.of(new Digest.Item("Le sommet s'ouvre à Paris.",
                List.of(new Digest.Citation(articleId, "https://news.example/" + articleId, "news-example")), List.of())),
                "extractive", "extractive", "VERIFIED", Instant.now().truncatedTo(ChronoUnit.MILLIS), 1);
        new Db(dataSource).update("insert into summary.digest_tag (digest_id, tag) values (?, ?)", digest.id(), tag);
        KafkaTestClient.send(Topics.DIGESTS_FR, digest.id(), EventJson.write(digest));
        return digest;
    }

    private List<LoggedRequest> calls(String path) {
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static String tag() {
        return "topic:t" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void a_digest_reaches_its_subscriber_signed_with_its_citations_once() throws Exception {
        String tag = tag();
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String articleId = "art-" + UUID.randomUUID();
        new Db(dataSource).update("insert into summary.article (id, url, source_id, lang, title, content_hash) values (?, ?, ?, 'fr', ?, 'h')",
                articleId, "https://news.example/stored/" + articleId, "le-monde", "Le sommet de Paris");
        String id = subscribe(tag, path, "[]");

        Digest digest = publish(tag, Digest.Kind.STORY, articleId);
        // the same version again (a replay) and a digest on another tag: neither adds a call
        KafkaTestClient.send(Topics.DIGESTS_FR, digest.id(), EventJson.write(digest));
        publish(tag(), Digest.Kind.STORY, articleId);

        await().atMost(WITHIN).until(() -> calls(path).size() == 1);
        LoggedRequest call = calls(path).get(0);
        String body = call.getBodyAsString();
        new WebhookVerifier(SECRET).verify(call.getHeader("Veille-Timestamp"), body, call.getHeader("Veille-Signature"));
        assertThat(new WebhookVerifier("another-secret-of-enough-length").isGenuine(call.getHeader("Veille-Timestamp"), body,
                call.getHeader("Veille-Signature"))).isFalse();
        assertThat(call.getHeader("Content-Type")).startsWith("application/json");
        assertThat(call.getHeader("Veille-Delivery")).matches("\\d+");

        JsonNode json = EventJson.mapper().readTree(body);
        assertThat(json.path("subscription").asText()).isEqualTo(id);
        assertThat(EventJson.read(json.path("digest").toString(), Digest.class)).isEqualTo(digest);
        assertThat(json.path("citations")).hasSize(1);
        assertThat(json.path("citations").get(0).path("articleId").asText()).isEqualTo(articleId);
        assertThat(json.path("citations").get(0).path("title").asText()).isEqualTo("Le sommet de Paris");
        assertThat(json.path("citations").get(0).path("url").asText()).isEqualTo("https://news.example/stored/" + articleId);
        assertThat(json.path("citations").get(0).path("source").asText()).isEqualTo("le-monde");

        await().atMost(WITHIN).untilAsserted(() -> given().header("X-API-Key", KEY)
                .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1), "items[0].state", equalTo("delivered"), "items[0].digestId", equalTo(digest.id()),
                        "items[0].attempts", equalTo(1), "items[0].attemptLog[0].status", equalTo(204)));
        Thread.sleep(500); // the replayed record and the other tag's digest had time to be handled: still one call
        assertThat(calls(path)).hasSize(1);
    }

    @Test
    void a_subscription_gets_only_the_kinds_it_asked_for() {
        String tag = tag();
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        subscribe(tag, path, "[\"PERIOD\"]");

        publish(tag, Digest.Kind.STORY, "a-" + UUID.randomUUID());
        Digest period = publish(tag, Digest.Kind.PERIOD, "a-" + UUID.randomUUID());

        await().atMost(WITHIN).until(() -> calls(path).size() == 1);
        assertThat(calls(path).get(0).getBodyAsString()).contains(period.id());
    }

    @Test
    void a_target_failing_three_times_gets_the_digest_on_the_fourth_attempt() {
        String tag = tag();
        String path = "/hooks/" + UUID.randomUUID();
        String scenario = "flaky-" + path;
        String state = Scenario.STARTED;
        for (int i = 1; i <= 3; i++) {
            String next = "failed-" + i;
            receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(500).withBody("busy")).willSetStateTo(next));
            state = next;
        }
        receiver.stubFor(post(urlEqualTo(path)).inScenario(scenario).whenScenarioStateIs(state).willReturn(aResponse().withStatus(200)));
        String id = subscribe(tag, path, "[]");

        publish(tag, Digest.Kind.ARTICLE, "a-" + UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> given().header("X-API-Key", KEY)
                .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].state", equalTo("delivered"), "items[0].attempts", equalTo(4),
                        "items[0].attemptLog.status", equalTo(List.of(500, 500, 500, 200)),
                        "items[0].attemptLog[0].error", equalTo("HTTP 500: busy")));
        assertThat(calls(path)).hasSize(4);
        // every attempt is signed afresh, and each is genuine
        calls(path).forEach(call -> new WebhookVerifier(SECRET).verify(call.getHeader("Veille-Timestamp"), call.getBodyAsString(),
                call.getHeader("Veille-Signature")));
    }

    @Test
    void a_target_that_never_succeeds_ends_in_the_dead_letters_and_can_be_retried_by_hand() {
        String tag = tag();
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(503).withBody("down for maintenance")));
        String id = subscribe(tag, path, "[]");

        Digest digest = publish(tag, Digest.Kind.STORY, "a-" + UUID.randomUUID());

        Db db = new Db(dataSource);
        await().atMost(WITHIN).until(() -> db.count("select count(*) from summary.delivery_dead_letter where subscription_id = ?", id) == 1);
        List<Object> dead = db.rows("select digest_id, version, attempts, reason from summary.delivery_dead_letter where subscription_id = ?",
                id).get(0);
        assertThat(dead).containsExactly(digest.id(), 1, MAX_ATTEMPTS, "HTTP 503: down for maintenance");
        assertThat(calls(path)).hasSize(MAX_ATTEMPTS);
        long deliveryId = ((Number) db.rows("select id from summary.delivery where subscription_id = ?", id).get(0).get(0)).longValue();
        given().header("X-API-Key", KEY).get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].state", equalTo("dead"), "items[0].deadReason", equalTo("HTTP 503: down for maintenance"));

        // the target is back; an operator re-queues the dead delivery
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/" + id + "/deliveries/" + deliveryId + "/retry")
                .then().statusCode(202);
        await().atMost(WITHIN).until(() -> "delivered".equals(
                db.rows("select state from summary.delivery where id = ?", deliveryId).get(0).get(0)));
        assertThat(db.count("select count(*) from summary.delivery_dead_letter where delivery_id = ?", deliveryId)).isZero();
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/" + id + "/deliveries/" + deliveryId + "/retry")
                .then().statusCode(409);
        given().header("X-API-Key", KEY).post("/api/v1/subscriptions/" + id + "/deliveries/999999999/retry")
                .then().statusCode(404);
    }

    @Test
    void a_target_that_does_not_answer_in_time_is_a_failed_attempt_with_the_reason() {
        String tag = tag();
        String path = "/hooks/" + UUID.randomUUID();
        // longer than %test.veille.delivery.timeout (2s)
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        String id = subscribe(tag, path, "[]");

        publish(tag, Digest.Kind.STORY, "a-" + UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> given().header("X-API-Key", KEY)
                .get("/api/v1/subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].attemptLog[0].error", org.hamcrest.Matchers.startsWith("no answer from 127.0.0.1 within")));
        given().header("X-API-Key", KEY).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }
}
