package io.veille.crawler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.veille.crawler.it.FeedSite;
import io.veille.crawler.it.FeedSiteResource;
import io.veille.infra.VeilleTestResources;
import io.veille.support.security.SecurityProblemMappers;
import io.veille.testsupport.http.ReadKeyProfile;
import io.veille.testsupport.http.SameConnection;

/** What a caller without the right key, or with a hostile request, gets from the crawler's API. */
@QuarkusTest
@TestProfile(ReadKeyProfile.class)
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedSiteResource.class, restrictToAnnotatedClass = false)
class CrawlerHostileInputTest {

    FeedSite site;

    @TestHTTPResource
    URL root;

    private record Call(String method, String path, String body) {
    }

    private static final List<Call> ADMIN_CALLS = List.of(
            new Call("GET", "/api/v1/sources", null),
            new Call("GET", "/api/v1/sources/site", null),
            new Call("POST", "/api/v1/sources", "{\"id\": \"x\", \"feed\": \"https://example.org/feed\"}"),
            new Call("PUT", "/api/v1/sources/site", "{\"feed\": \"https://example.org/feed\"}"),
            new Call("DELETE", "/api/v1/sources/site", null),
            new Call("POST", "/api/v1/sources/site/pause", null),
            new Call("POST", "/api/v1/sources/site/resume", null),
            new Call("POST", "/api/v1/sources/site/poll", null),
            new Call("POST", "/api/v1/fetch", "{\"url\": \"https://example.org/\"}"));

    @Test
    void every_admin_endpoint_answers_401_without_a_key_and_403_with_a_read_key() {
        for (Call call : ADMIN_CALLS) {
            send(given(), call).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo(SecurityProblemMappers.KEY_MISSING));
            send(given().header("X-API-Key", "not-a-key"), call).then().statusCode(401)
                    .body("type", equalTo(SecurityProblemMappers.KEY_INVALID));
            send(given().header("X-API-Key", ReadKeyProfile.READ_KEY), call).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(SecurityProblemMappers.SCOPE_MISSING));
            send(given().header("Authorization", "Bearer " + ReadKeyProfile.READ_KEY), call).then().statusCode(403);
        }
    }

    @Test
    void an_admin_key_is_accepted_as_a_bearer_token_too() {
        given().header("Authorization", "Bearer " + ReadKeyProfile.ADMIN_KEY).get("/api/v1/sources").then().statusCode(200);
    }

    @Test
    void health_stays_open() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void an_oversized_body_is_a_413_problem_and_the_connection_serves_the_next_request() throws Exception {
        String body = "{\"url\": \"https://example.org/" + "a".repeat(70_000) + "\"}";
        admin().contentType(ContentType.JSON).body(body).post("/api/v1/fetch").then().statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));

        List<SameConnection.Answer> answers = SameConnection.send(root, List.of(
                SameConnection.post("/api/v1/fetch", body, Map.of("X-API-Key", ReadKeyProfile.ADMIN_KEY)),
                SameConnection.get("/q/health/ready")));
        assertThat(answers).extracting(SameConnection.Answer::status).containsExactly(413, 200);
        assertThat(answers.get(0).body()).contains("\"status\":413");
    }

    @Test
    void a_body_announced_far_over_the_limit_is_answered_413_before_it_is_sent() throws Exception {
        List<SameConnection.Answer> answers = SameConnection.send(root, List.of(new SameConnection.Request("POST",
                "/api/v1/fetch", null, Map.of("X-API-Key", ReadKeyProfile.ADMIN_KEY, "Content-Length", "100000000"))));
        assertThat(answers).extracting(SameConnection.Answer::status).containsExactly(413);
        assertThat(answers.get(0).body()).contains("\"title\":\"Content Too Large\"");
    }

    @Test
    void a_loopback_port_that_is_not_allow_listed_is_refused_directly_and_after_a_redirect() {
        for (String url : List.of(site.neighbourBase() + "/", site.base() + "/to-neighbour")) {
            admin().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/v1/fetch").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(CrawlerProblemMappers.URL_REFUSED))
                    .body("detail", containsString(site.neighbourBase().substring("http://".length())));
        }
    }

    private static RequestSpecification admin() {
        return given().header("X-API-Key", ReadKeyProfile.ADMIN_KEY);
    }

    private static Response send(RequestSpecification request, Call call) {
        if (call.body() != null) {
            request = request.contentType(ContentType.JSON).body(call.body());
        }
        return switch (call.method()) {
            case "GET" -> request.get(call.path());
            case "PUT" -> request.put(call.path());
            case "DELETE" -> request.delete(call.path());
            default -> request.post(call.path());
        };
    }
}
