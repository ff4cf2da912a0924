package io.veille.summary.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.veille.infra.VeilleTestResources;
import io.veille.support.security.SecurityProblemMappers;
import io.veille.testsupport.http.ReadKeyProfile;
import io.veille.testsupport.http.SameConnection;

/** What a caller without the right key, or with a hostile request, gets from the summary service's API. */
@QuarkusTest
@TestProfile(ReadKeyProfile.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
class SummaryHostileInputTest {

    private static final String SUMMARY = "{\"articleIds\": [\"nope\"]}";

    @TestHTTPResource
    URL root;

    @Test
    void summarising_and_the_llm_settings_answer_401_without_a_key_and_403_with_a_read_key() {
        for (RequestSpecification caller : List.of(given(), given().header("X-API-Key", "wrong"))) {
            summarise(caller).then().statusCode(401).contentType("application/problem+json");
        }
        summarise(given()).then().body("type", equalTo(SecurityProblemMappers.KEY_MISSING));
        summarise(given().header("X-API-Key", ReadKeyProfile.READ_KEY)).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(SecurityProblemMappers.SCOPE_MISSING));
        summarise(given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY)).then().statusCode(404);

        given().get("/api/v1/llm").then().statusCode(401).body("type", equalTo(SecurityProblemMappers.KEY_MISSING));
        given().header("Authorization", "Bearer " + ReadKeyProfile.READ_KEY).get("/api/v1/llm").then().statusCode(403);
        given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY).get("/api/v1/llm").then().statusCode(200);
    }

    @Test
    void with_a_read_key_configured_digests_need_a_read_or_an_admin_key() {
        for (String path : List.of("/api/v1/digests?lang=fr", "/api/v1/digests/nope", "/api/v1/stories/nope/digest?lang=en")) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().header("X-API-Key", ReadKeyProfile.READ_KEY).get(path).then().statusCode(oneOf(200, 404));
        }
        given().header("X-API-Key", ReadKeyProfile.READ_KEY).get("/api/v1/digests?lang=fr").then().statusCode(200);
        given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY).get("/api/v1/digests?lang=en").then().statusCode(200);
    }

    @Test
    void a_language_other_than_french_or_english_is_a_400_problem() {
        given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY).contentType(ContentType.JSON)
                .body("{\"text\": \"Un texte.\", \"lang\": \"xx\"}").post("/api/v1/summaries")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_oversized_body_is_a_413_problem_and_the_connection_serves_the_next_request() throws Exception {
        String big = "{\"text\": \"" + "a".repeat(1_100_000) + "\"}";
        List<SameConnection.Answer> answers = SameConnection.send(root, List.of(
                SameConnection.post("/api/v1/summaries", big, Map.of("X-API-Key", ReadKeyProfile.ADMIN_KEY)),
                SameConnection.get("/q/health/ready")));
        assertThat(answers).extracting(SameConnection.Answer::status).containsExactly(413, 200);
        assertThat(answers.get(0).body()).contains("\"status\":413");
    }

    private static Response summarise(RequestSpecification caller) {
        return caller.contentType(ContentType.JSON).body(SUMMARY).post("/api/v1/summaries");
    }
}
