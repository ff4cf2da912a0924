package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

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
class DigestApiTest {

    private static final String PROBLEM = "application/problem+json";

    @InjectWireMock
    WireMockServer peers;

    @BeforeEach
    void resetStubs() {
        peers.resetAll();
    }

    @Test
    void lists_the_digests_of_a_language_and_serves_each_by_id() {
        ExtractedArticle article = Articles.summit("api-" + UUID.randomUUID());
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        String enId = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "en");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("lang", "en").queryParam("size", 100)
                .when().get("/api/v1/digests")
                .then().statusCode(200)
                .body("items.id", hasItem(enId)));

        given().queryParam("lang", "en").queryParam("kind", "ARTICLE").queryParam("since", "2020-01-01T00:00:00Z")
                .when().get("/api/v1/digests")
                .then().statusCode(200).body("items.id", hasItem(enId)).body("page", equalTo(0));
        given().when().get("/api/v1/digests/" + enId)
                .then().statusCode(200)
                .body("lang", equalTo("en"))
                .body("version", equalTo(1))
                .body("items.text", hasItem("Amounts cited: €109 billion."))
                .body("items[0].citations[0].articleId", equalTo(article.articleId()));
        given().queryParam("version", 1).when().get("/api/v1/digests/" + enId).then().statusCode(200);
        given().queryParam("version", 7).when().get("/api/v1/digests/" + enId)
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void a_digest_created_before_since_is_left_out() {
        given().queryParam("lang", "fr").queryParam("since", "2999-01-01T00:00:00Z")
                .when().get("/api/v1/digests")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void bad_query_parameters_are_400_problems() {
        given().queryParam("lang", "de").when().get("/api/v1/digests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400)).body("title", equalTo("Bad Request")).body("detail", containsString("lang"));
        given().queryParam("lang", "fr").queryParam("since", "yesterday").when().get("/api/v1/digests")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("since"));
        given().queryParam("lang", "fr").queryParam("kind", "WEEKLY").when().get("/api/v1/digests")
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("lang", "fr").queryParam("size", 1000).when().get("/api/v1/digests")
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("lang", "fr").queryParam("page", "first").when().get("/api/v1/digests")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void summarises_a_text_with_the_extractors_facts_in_both_languages() {
        ExtractorStub.answersWithTheSummitFacts(peers, null);

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": \"" + Articles.SUMMIT_TEXT + "\", \"lang\": \"fr\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("fr.lang", equalTo("fr"))
                .body("fr.items.text", hasItem("Montants cités : 109 milliards d'euros."))
                .body("en.items.text", hasItem("Amounts cited: €109 billion."))
                .body("en.status", equalTo("VERIFIED"))
                .body("en.subjectId", startsWith("text-"));
        peers.verify(postRequestedFor(urlEqualTo(ExtractorStub.EXTRACT))
                .withRequestBody(matchingJsonPath("$.text", WireMock.equalTo(Articles.SUMMIT_TEXT)))
                .withRequestBody(matchingJsonPath("$.lang", WireMock.equalTo("fr"))));
    }

    @Test
    void summarises_a_url_fetched_by_the_crawler() {
        String url = "https://www.example.fr/ia/sommet";
        peers.stubFor(post(urlEqualTo(ExtractorStub.FETCH)).willReturn(okJson(
                "{\"url\": \"" + url + "\", \"finalUrl\": \"" + url + "\", \"status\": 200, \"html\": \"<html><p>Texte</p></html>\"}")));
        ExtractorStub.answersWithTheSummitFacts(peers, url);

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(200)
                .body("fr.items[0].citations[0].url", equalTo(url))
                .body("en.items.text", hasItem("Amounts cited: €109 billion."));
        // the crawler's fetch and the extractor's extract need an admin key: the service sends its own
        peers.verify(postRequestedFor(urlEqualTo(ExtractorStub.FETCH)).withHeader("X-API-Key", WireMock.equalTo("peer-test-key"))
                .withRequestBody(matchingJsonPath("$.url", WireMock.equalTo(url))));
        peers.verify(postRequestedFor(urlEqualTo(ExtractorStub.EXTRACT)).withHeader("X-API-Key", WireMock.equalTo("peer-test-key"))
                .withRequestBody(matchingJsonPath("$.html", WireMock.equalTo("<html><p>Texte</p></html>")))
                .withRequestBody(matchingJsonPath("$.url", WireMock.equalTo(url))));
    }

    @Test
    void an_unreachable_extractor_is_a_503_problem() {
        peers.stubFor(post(urlEqualTo(ExtractorStub.EXTRACT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": \"Un texte.\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(503).contentType(PROBLEM).body("detail", containsString("extractor"));
    }

    @Test
    void a_url_the_crawler_refuses_is_a_422_problem_with_its_reason() {
        peers.stubFor(post(urlEqualTo(ExtractorStub.FETCH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"status\": 400, \"title\": \"Bad Request\", \"detail\": \"private address refused\"}")));

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"url\": \"http://10.0.0.1/\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("private address refused"));
    }

    @Test
    void a_peer_refusing_this_services_key_is_a_502_problem_naming_the_setting() {
        peers.stubFor(post(urlEqualTo(ExtractorStub.EXTRACT)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\": 401, \"title\": \"Unauthorized\"}")));

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": \"Un texte.\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(502).contentType(PROBLEM).body("detail", containsString("veille.services.api-key"));
    }

    @Test
    void a_language_other_than_french_or_english_is_a_400_problem() {
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": \"Un texte.\", \"lang\": \"xx\"}")
                .when().post("/api/v1/summaries")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("lang must be one of [fr, en]"));
    }

    @Test
    void bad_summary_requests_are_problems() {
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": ").when().post("/api/v1/summaries")
                .then().statusCode(400).contentType(PROBLEM);
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{}").when().post("/api/v1/summaries")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("exactly one"));
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"text\": \"a\", \"url\": \"https://x.example/\"}").when().post("/api/v1/summaries")
                .then().statusCode(400).contentType(PROBLEM);
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body("{\"url\": \"file:///etc/passwd\"}").when().post("/api/v1/summaries")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void a_body_over_one_megabyte_is_a_413_problem() {
        String big = "{\"text\": \"" + "a".repeat(1_100_000) + "\"}";

        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON).body(big).when().post("/api/v1/summaries")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void the_llm_settings_need_an_admin_key_although_digests_need_none_here() {
        given().queryParam("lang", "fr").when().get("/api/v1/digests").then().statusCode(200);
        given().when().get("/api/v1/llm").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void says_which_llm_is_in_use_and_reports_ready() {
        given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().statusCode(200)
                .body("provider", equalTo("extractive")).body("model", equalTo("extractive-v1"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/summaries"));
    }
}
