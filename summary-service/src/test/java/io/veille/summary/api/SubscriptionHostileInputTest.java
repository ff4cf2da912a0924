package io.veille.summary.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.veille.infra.VeilleTestResources;
import io.veille.support.security.SecurityProblemMappers;
import io.veille.testsupport.http.ReadKeyProfile;

/** What a caller without the subscribe scope, or with a hostile body, gets from /api/v1/topics and /api/v1/watches. */
@QuarkusTest
@TestProfile(ReadKeyProfile.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class SubscriptionHostileInputTest {

    private static final String SUBSCRIBE_KEY = "test-subscribe-key";
    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON);
    }

    private static ValidatableResponse post(String path, String body) {
        return as(SUBSCRIBE_KEY).body(body).post(path).then();
    }

    private static ValidatableResponse refused(String path, String body, String detail) {
        return post(path, body).statusCode(400).contentType(PROBLEM).body("detail", containsString(detail));
    }

    @Test
    void writes_need_the_subscribe_scope_and_reads_the_read_scope() {
        String id = "k-" + UUID.randomUUID().toString().substring(0, 8);
        String topic = "{\"id\": \"" + id + "\", \"terms\": [\"ia\"]}";
        for (String path : List.of("/api/v1/topics", "/api/v1/watches")) {
            given().contentType(ContentType.JSON).body(topic).post(path).then().statusCode(401).contentType(PROBLEM)
                    .body("type", equalTo(SecurityProblemMappers.KEY_MISSING));
            as(ReadKeyProfile.READ_KEY).body(topic).post(path).then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo(SecurityProblemMappers.SCOPE_MISSING));
            as(ReadKeyProfile.READ_KEY).delete(path + "/" + id).then().statusCode(403);
            as(ReadKeyProfile.READ_KEY).body(topic).put(path + "/" + id).then().statusCode(403);
            given().get(path).then().statusCode(401);
            as(ReadKeyProfile.READ_KEY).get(path).then().statusCode(200);
        }
        post("/api/v1/topics", topic).statusCode(201);
        as(ReadKeyProfile.ADMIN_KEY).delete("/api/v1/topics/" + id).then().statusCode(204);
    }

    @Test
    void hostile_or_wrong_bodies_are_400_problems_naming_what_is_wrong() {
        refused("/api/v1/topics", "{\"id\": \"x1\", \"terms\": [\"ia\"], \"colour\": \"red\"}", "unknown field 'colour'");
        refused("/api/v1/watches", "{\"id\": \"x1\", \"query\": \"ia\", \"min_story_size\": 2}", "unknown field 'min_story_size'");
        refused("/api/v1/topics", "{\"id\": \"Bad_Slug\", \"terms\": [\"ia\"]}", "id 'Bad_Slug' is not a slug");
        refused("/api/v1/watches", "{\"id\": \"../etc\", \"query\": \"ia\"}", "is not a slug");
        refused("/api/v1/topics", "{\"terms\": [\"ia\"]}", "id is required");
        refused("/api/v1/topics", "{\"id\": \"empty\", \"terms\": [], \"entities\": [\" \"]}", "needs at least one term or entity");
        refused("/api/v1/topics", "{\"id\": \"de\", \"terms\": [\"ki\"], \"languages\": [\"de\"]}", "unknown language 'de'");
        refused("/api/v1/watches", "{\"id\": \"de\", \"query\": \"ki\", \"lang\": \"de\"}", "unknown language 'de'");
        refused("/api/v1/topics", "{\"id\": \"many\", \"terms\": [" + String.join(",", Collections.nCopies(1000, "\"ia\"")) + "]}",
                "terms has 1000 items; at most 100");
        refused("/api/v1/topics", "{\"id\": \"str\", \"terms\": \"ia\"}", "not a topic");
        refused("/api/v1/topics", "[1, 2]", "the body must be a topic");

        String tenThousandTerms = String.join(" ", Collections.nCopies(10_000, "ia"));
        refused("/api/v1/watches", "{\"id\": \"huge\", \"query\": \"" + tenThousandTerms + "\"}", "query has 29999 characters; at most 500");
        String fiftyOne = String.join(" ", Collections.nCopies(51, "a"));
        refused("/api/v1/watches", "{\"id\": \"many\", \"query\": \"" + fiftyOne + "\"}", "query has more than 50 terms");
        refused("/api/v1/watches", "{\"id\": \"open\", \"query\": \"\\\"data centre\"}", "is not closed");
        refused("/api/v1/watches", "{\"id\": \"neg\", \"query\": \"-football\"}", "needs a query with a word");
        refused("/api/v1/watches", "{\"id\": \"small\", \"query\": \"ia\", \"minStorySize\": 0}", "minStorySize is 0");
        refused("/api/v1/watches", "{\"id\": \"nul\", \"query\": \"ia\", \"minStorySize\": \"two\"}", "not a watch");

        as(SUBSCRIBE_KEY).body("{\"id\": \"other\", \"query\": \"ia\"}").put("/api/v1/watches/mine").then().statusCode(400)
                .body("detail", containsString("the body's id 'other' is not the path's 'mine'"));
        as(SUBSCRIBE_KEY).body("{\"query\": \"ia\"}").put("/api/v1/watches/absent").then().statusCode(404).contentType(PROBLEM);
        as(SUBSCRIBE_KEY).delete("/api/v1/watches/absent").then().statusCode(404).contentType(PROBLEM);
        as(ReadKeyProfile.READ_KEY).get("/api/v1/topics/absent").then().statusCode(404).contentType(PROBLEM);
    }
}
