package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.summary.Articles;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.llm.OpenAiStub;
import io.veille.infra.KafkaTestClient;

/** The openai provider chosen by configuration only, against an OpenAI-compatible WireMock stub. */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class OpenAiProviderTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @InjectWireMock
    WireMockServer stub;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void resetStubs() {
        stub.resetAll();
        ExtractorStub.answersWithTheSummitFacts(stub, null);
    }

    private void llmAnswers(ResponseDefinitionBuilder response) {
        stub.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(response));
    }

    /** A new title each time: another article for the answer cache, so the model is called. */
    private static io.restassured.response.ValidatableResponse summarise() {
        return summarise("Sommet " + UUID.randomUUID());
    }

    private static io.restassured.response.ValidatableResponse summarise(String title) {
        return given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON)
                .body("{\"text\": \"" + Articles.SUMMIT_TEXT + "\", \"title\": \"" + title + "\"}")
                .when().post("/api/v1/summaries").then().statusCode(200);
    }

    @Test
    void says_the_provider_model_limits_and_state_but_never_the_key() {
        given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().statusCode(200)
                .body("provider", equalTo("openai"))
                .body("model", equalTo(OpenAiProfile.MODEL))
                .body("baseUrl", endsWith("/v1"))
                .body("apiKeySet", equalTo(true))
                .body("timeout", equalTo("PT1S"))
                .body("maxTokens", equalTo(700))
                .body("temperature", equalTo(0.2f))
                .body("maxRetries", equalTo(0))
                .body("maxRetryWait", equalTo("PT1S"))
                .body("maxConcurrentCalls", equalTo(4))
                .body("tokensPerHour", equalTo(0))
                .body("tokensUsedLastHour", greaterThanOrEqualTo(0))
                .body("circuit.state", equalTo("closed"))
                .body("callsLastHour", greaterThanOrEqualTo(0))
                .body(not(containsString(OpenAiProfile.KEY)));
    }

    @Test
    void the_tokens_and_calls_of_the_last_hour_are_counted() {
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));
        int tokens = given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().extract().path("tokensUsedLastHour");
        int calls = given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().extract().path("callsLastHour");

        summarise().body("fr.status", equalTo("VERIFIED"));

        given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().statusCode(200)
                .body("tokensUsedLastHour", equalTo(tokens + 444))
                .body("callsLastHour", equalTo(calls + 1));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("veille_llm_calls_total{model=\"" + OpenAiProfile.MODEL + "\",outcome=\"OK\",provider=\"openai\"}"))
                .body(containsString("veille_llm_tokens_total{direction=\"in\",model=\"" + OpenAiProfile.MODEL + "\",provider=\"openai\"}"))
                .body(containsString("veille_llm_latency_seconds_count{model=\"" + OpenAiProfile.MODEL + "\",provider=\"openai\"}"));
    }

    @Test
    void a_grounded_answer_is_verified_and_the_call_is_recorded() {
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));

        summarise()
                .body("fr.status", equalTo("VERIFIED")).body("fr.provider", equalTo("openai"))
                .body("fr.model", equalTo(OpenAiProfile.MODEL))
                .body("en.items.text", hasItem(containsString("€109 billion")));

        stub.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + OpenAiProfile.KEY))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo(OpenAiProfile.MODEL)))
                .withRequestBody(matchingJsonPath("$.max_tokens", WireMock.equalTo("700")))
                .withRequestBody(matchingJsonPath("$.response_format.type", WireMock.equalTo("json_schema"))));
        assertThat(new Db(dataSource).rows(
                "select provider, model, tokens_in, tokens_out, outcome from summary.llm_call where outcome = 'OK'"))
                .contains(List.of("openai", OpenAiProfile.MODEL, 321, 123, "OK"));
    }

    @Test
    void the_cache_prevents_a_second_call_for_an_unchanged_article() {
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));
        String title = "Sommet " + UUID.randomUUID();

        summarise(title).body("fr.status", equalTo("VERIFIED"));
        summarise(title).body("fr.status", equalTo("VERIFIED")).body("en.items.text", hasItem(containsString("€109 billion")));

        stub.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }

    @Test
    void an_invented_figure_is_replaced_by_the_extractive_digest() {
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.INVENTED)));

        summarise()
                .body("en.status", equalTo("FALLBACK")).body("en.provider", equalTo("extractive"))
                .body("en.items.text", hasItem("Amounts cited: €109 billion."))
                .body("en.items.text", not(hasItem(containsString("150"))));
        assertThat(new Db(dataSource).count("select count(*) from summary.llm_call where outcome = 'UNGROUNDED'")).isPositive();
    }

    @Test
    void server_errors_rate_limits_timeouts_and_bad_json_fall_back_and_the_service_keeps_going() {
        for (ResponseDefinitionBuilder failure : List.of(
                aResponse().withStatus(500),
                aResponse().withStatus(429).withHeader("Retry-After", "1"),
                okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)).withFixedDelay(2_500),
                okJson(OpenAiStub.completion(OpenAiProfile.MODEL, "not json at all")))) {
            llmAnswers(failure);
            summarise().body("fr.status", equalTo("FALLBACK")).body("fr.items.text", hasItem("Montants cités : 109 milliards d'euros."));
        }
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));
        summarise().body("fr.status", equalTo("VERIFIED"));
        assertThat(new Db(dataSource).rows("select distinct outcome from summary.llm_call"))
                .contains(List.of("SERVER_ERROR"), List.of("RATE_LIMITED"), List.of("TIMEOUT"), List.of("MALFORMED"), List.of("OK"));
    }

    @Test
    void a_digest_that_fell_back_during_an_outage_is_rewritten_by_the_model_once_it_is_back() {
        llmAnswers(aResponse().withStatus(503));
        ExtractedArticle article = Articles.summit("outage-" + UUID.randomUUID());
        KafkaTestClient.awaitAssigned(OpenAiProfile.GROUP, Duration.ofSeconds(30));
        String frId = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr");

        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        Digest during = EventJson.read(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, frId, 1, Duration.ofSeconds(30))
                .get(0).value(), Digest.class);
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));
        List<Digest> versions = KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, frId, 2, Duration.ofSeconds(30)).stream()
                .map(r -> EventJson.read(r.value(), Digest.class)).toList();

        assertThat(during.status()).isEqualTo("FALLBACK");
        assertThat(during.provider()).isEqualTo("extractive");
        assertThat(versions).extracting(Digest::version).containsExactly(1, 2);
        assertThat(versions.get(1).status()).isEqualTo("VERIFIED");
        assertThat(versions.get(1).provider()).isEqualTo("openai");
    }

    @Test
    void an_article_from_kafka_gets_a_verified_llm_digest() {
        llmAnswers(okJson(OpenAiStub.completion(OpenAiProfile.MODEL, OpenAiStub.GOOD)));
        ExtractedArticle article = Articles.summit("llm-" + UUID.randomUUID());
        KafkaTestClient.awaitAssigned(OpenAiProfile.GROUP, Duration.ofSeconds(30));

        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));

        String frId = DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), "fr");
        List<Digest> digests = KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, frId, 1, Duration.ofSeconds(30)).stream()
                .map(r -> EventJson.read(r.value(), Digest.class)).toList();
        assertThat(digests).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo("VERIFIED");
            assertThat(d.provider()).isEqualTo("openai");
            assertThat(d.items().get(0).text()).contains("109 milliards d'euros");
        });
        // Its story has this one article: the STORY digest reuses the ARTICLE digest, no second call.
        String storyId = DigestIds.of(Digest.Kind.STORY, article.storyId(), "fr");
        Digest story = EventJson.read(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, storyId, 1, Duration.ofSeconds(30))
                .get(0).value(), Digest.class);
        assertThat(story.provider()).isEqualTo("openai");
        assertThat(story.items()).isEqualTo(digests.get(0).items());
        stub.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS)));
    }
}
