package io.veille.crawler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.veille.crawler.it.FeedSite;
import io.veille.crawler.it.FeedSiteResource;
import io.veille.crawler.source.SourceLeases;
import io.veille.infra.VeilleTestResources;

/** Sources managed through the API and stored in PostgreSQL, and the leases that keep replicas from polling one twice. */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedSiteResource.class, restrictToAnnotatedClass = false)
class SourcesApiTest {

    FeedSite site;

    @Inject
    SourceLeases leases;

    @Test
    void a_source_is_created_read_updated_paused_resumed_and_deleted() {
        Map<String, Object> source = Map.of("id", "api-made", "feed", site.base() + "/broken.xml", "kind", "json-feed",
                "pollInterval", "1h", "paused", true, "deny", List.of("/live/"));
        admin().contentType(ContentType.JSON).body(source).post("/api/v1/sources").then().statusCode(201)
                .header("Location", containsString("/api/v1/sources/api-made"))
                .body("kind", equalTo("json-feed")).body("paused", equalTo(true)).body("status", equalTo("paused"));
        admin().contentType(ContentType.JSON).body(source).post("/api/v1/sources").then().statusCode(409)
                .contentType("application/problem+json");

        admin().get("/api/v1/sources/api-made").then().statusCode(200).body("deny[0]", equalTo("/live/"))
                .body("pollInterval", equalTo("PT1H"));
        admin().contentType(ContentType.JSON).body(Map.of("feed", site.base() + "/broken.xml", "kind", "sitemap",
                        "pollInterval", "2h", "maxAge", "3d", "paused", true))
                .put("/api/v1/sources/api-made").then().statusCode(200)
                .body("kind", equalTo("sitemap")).body("pollInterval", equalTo("PT2H")).body("maxAge", equalTo("PT72H"));
        admin().post("/api/v1/sources/api-made/resume").then().statusCode(200).body("paused", equalTo(false));
        admin().post("/api/v1/sources/api-made/pause").then().statusCode(200).body("paused", equalTo(true));

        admin().delete("/api/v1/sources/api-made").then().statusCode(204);
        admin().get("/api/v1/sources/api-made").then().statusCode(404).contentType("application/problem+json");
        admin().delete("/api/v1/sources/api-made").then().statusCode(404);
        assertThat(admin().get("/api/v1/sources").jsonPath().getList("id", String.class)).doesNotContain("api-made")
                .contains("site", "broken");
    }

    @Test
    void an_invalid_source_is_a_400_problem_naming_every_problem() {
        admin().contentType(ContentType.JSON).body(Map.of("id", "Bad Id", "feed", "ftp://example.org/x", "kind", "newsletter"))
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(CrawlerProblemMappers.INVALID_SOURCE))
                .body("detail", containsString("id must be"))
                .body("detail", containsString("http or https"))
                .body("detail", containsString("kind must be one of"));
        admin().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/sources").then().statusCode(400)
                .contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body(Map.of("id", "typo", "feed", "https://example.org/feed", "poll_interval", "5m"))
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown field 'poll_interval'"));
        admin().contentType(ContentType.JSON).body(Map.of("id", "typo", "feed", "https://example.org/feed", "deny", "not-a-list"))
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void the_source_statistics_show_the_robots_decision_of_its_site() {
        admin().post("/api/v1/sources/broken/poll").then().statusCode(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (admin().get("/api/v1/sources/broken").jsonPath().getString("robots.kind") == null && System.nanoTime() < deadline) {
            sleep(200);
        }
        admin().get("/api/v1/sources/broken").then().statusCode(200)
                .body("robots.kind", equalTo("ALLOW_ALL")).body("robots.status", equalTo(404))
                .body("robots.feedAllowed", equalTo(true)).body("status", equalTo("failing"));
    }

    @Test
    void two_replicas_racing_for_a_source_never_both_hold_it() throws Exception {
        // A paused source of its own: this replica's scheduler never claims it meanwhile.
        admin().contentType(ContentType.JSON).body(Map.of("id", "leased", "feed", site.base() + "/broken.xml", "paused", true))
                .post("/api/v1/sources").then().statusCode(201);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Callable<Boolean> a = () -> leases.tryLease("leased", "replica-a", Duration.ofMinutes(1));
                Callable<Boolean> b = () -> leases.tryLease("leased", "replica-b", Duration.ofMinutes(1));
                List<Future<Boolean>> both = two.invokeAll(List.of(a, b));
                assertThat(both.stream().filter(f -> get(f)).count()).as("round " + round).isEqualTo(1);
                leases.release("leased", "replica-a");
                leases.release("leased", "replica-b");
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(leases.tryLease("leased", "replica-a", Duration.ofMillis(1))).isTrue();
        assertThat(leases.tryLease("leased", "replica-a", Duration.ofMillis(1))).as("its own claim is renewed").isTrue();
        sleep(50);
        assertThat(leases.tryLease("leased", "replica-b", Duration.ofMinutes(1))).as("an expired claim is free").isTrue();
        assertThat(leases.tryLease("leased", "replica-a", Duration.ofMinutes(1))).isFalse();
        leases.release("leased", "replica-b");
    }

    private static boolean get(Future<Boolean> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RequestSpecification admin() {
        return given().header("X-API-Key", "test-admin-key");
    }
}
