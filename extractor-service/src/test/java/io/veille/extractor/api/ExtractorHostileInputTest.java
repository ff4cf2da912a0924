package io.veille.extractor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.veille.infra.VeilleTestResources;
import io.veille.support.security.SecurityProblemMappers;
import io.veille.testsupport.http.ReadKeyProfile;
import io.veille.testsupport.http.SameConnection;

/** What a caller without the right key, or with a hostile request, gets from the extractor's API. */
@QuarkusTest
@TestProfile(ReadKeyProfile.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class ExtractorHostileInputTest {

    private static final String EXTRACT = "{\"text\": \"Bonjour.\"}";
    private static final List<String> READ_PATHS = List.of("/api/v1/articles", "/api/v1/stories", "/api/v1/facts",
            "/api/v1/entities");

    @TestHTTPResource
    URL root;

    @Test
    void extracting_answers_401_without_a_key_and_403_with_a_read_key() {
        given().contentType(ContentType.JSON).body(EXTRACT).post("/api/v1/extract").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo(SecurityProblemMappers.KEY_MISSING));
        given().header("X-API-Key", ReadKeyProfile.READ_KEY).contentType(ContentType.JSON).body(EXTRACT)
                .post("/api/v1/extract").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(SecurityProblemMappers.SCOPE_MISSING));
        given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY).contentType(ContentType.JSON).body(EXTRACT)
                .post("/api/v1/extract").then().statusCode(200);
    }

    @Test
    void with_a_read_key_configured_reading_needs_a_read_or_an_admin_key() {
        for (String path : READ_PATHS) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().header("X-API-Key", "wrong").get(path).then().statusCode(401)
                    .body("type", equalTo(SecurityProblemMappers.KEY_INVALID));
            given().header("X-API-Key", ReadKeyProfile.READ_KEY).get(path).then().statusCode(200);
            given().header("Authorization", "Bearer " + ReadKeyProfile.ADMIN_KEY).get(path).then().statusCode(200);
        }
    }

    @Test
    void health_and_metrics_stay_open() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void an_oversized_body_is_a_413_problem_and_the_connection_serves_the_next_request() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        List<SameConnection.Answer> answers = SameConnection.send(root, List.of(
                SameConnection.post("/api/v1/extract", big, Map.of("X-API-Key", ReadKeyProfile.ADMIN_KEY)),
                SameConnection.get("/q/health/ready")));
        assertThat(answers).extracting(SameConnection.Answer::status).containsExactly(413, 200);
        assertThat(answers.get(0).body()).contains("\"title\":\"Content Too Large\"");
    }
}
