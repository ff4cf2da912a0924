package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.veille.infra.VeilleTestResources;

/** Every article is matched against every topic and watch: past the configured number, a create is a 409 problem. */
@QuarkusTest
@TestProfile(SubscriptionLimitsTest.SmallCatalog.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class SubscriptionLimitsTest {

    public static class SmallCatalog implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("veille.summary.subscriptions.max-watches", "2", "veille.summary.subscriptions.max-topics", "1");
        }
    }

    private static Response create(String path, String body) {
        return given().header("X-API-Key", "test-subscribe-key").contentType(ContentType.JSON).body(body).post(path);
    }

    /** Other tests may have stored some already: creates go on until the catalog is full, which it must be within the cap. */
    private static Response fill(String path, String field, int cap) {
        Response last = null;
        for (int i = 0; i <= cap; i++) {
            last = create(path, "{\"id\": \"full-" + UUID.randomUUID().toString().substring(0, 8) + "\", " + field + "}");
            if (last.statusCode() == 409) {
                return last;
            }
            last.then().statusCode(201);
        }
        return last;
    }

    @Test
    void creates_past_the_caps_are_409_problems_saying_so() {
        fill("/api/v1/watches", "\"query\": \"ia\"", 2).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("at most 2 watches; delete one first"));
        fill("/api/v1/topics", "\"terms\": [\"ia\"]", 1).then().statusCode(409)
                .body("detail", containsString("at most 1 topics besides the configured ones"));
    }
}
