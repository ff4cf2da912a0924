package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.veille.summary.Articles;
import io.veille.summary.llm.OpenAiStub;

/** The mistral provider chosen by configuration only, against a stub of Mistral's chat-completions API. */
@QuarkusTest
@TestProfile(MistralProfile.class)
// The token budget is spent by the last test: it must run after the others.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MistralProviderTest {

    private static final String COMPLETIONS = "/v1/chat/completions";

    @InjectWireMock
    WireMockServer stub;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void resetStubs() {
        stub.resetAll();
        ExtractorStub.answersWithTheSummitFacts(stub, null);
        stub.stubFor(post(urlEqualTo(COMPLETIONS)).willReturn(okJson(OpenAiStub.completion(MistralProfile.MODEL, OpenAiStub.GOOD))));
    }

    /** A new title each time: another article for the answer cache, so the model is called. */
    private static ValidatableResponse summarise() {
        return summarise("Sommet " + UUID.randomUUID());
    }

    private static ValidatableResponse summarise(String title) {
        return given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON)
                .body("{\"text\": \"" + Articles.SUMMIT_TEXT + "\", \"title\": \"" + title + "\"}")
                .when().post("/api/v1/summaries").then().statusCode(200);
    }

    @Test
    @Order(1)
    void says_mistral_its_model_and_budget_but_never_the_key() {
        given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then().statusCode(200)
                .body("provider", equalTo("mistral"))
                .body("model", equalTo(MistralProfile.MODEL))
                .body("apiKeySet", equalTo(true))
                .body("maxTokens", equalTo(800))
                .body("tokensPerHour", equalTo(MistralProfile.TOKENS_PER_HOUR))
                .body("tokensUsedLastHour", greaterThanOrEqualTo(0))
                .body("circuit.state", equalTo("closed"))
                .body(not(containsString(MistralProfile.KEY)));
    }

    @Test
    @Order(2)
    void a_grounded_answer_is_verified_and_the_call_is_recorded() {
        summarise()
                .body("fr.status", equalTo("VERIFIED")).body("fr.provider", equalTo("mistral"))
                .body("fr.model", equalTo(MistralProfile.MODEL))
                .body("fr.items.text", org.hamcrest.Matchers.hasItem(containsString("109 milliards d'euros")));

        stub.verify(1, postRequestedFor(urlEqualTo(COMPLETIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + MistralProfile.KEY))
                .withRequestBody(matchingJsonPath("$.model", WireMock.equalTo(MistralProfile.MODEL)))
                .withRequestBody(matchingJsonPath("$.max_tokens", WireMock.equalTo("800")))
                .withRequestBody(matchingJsonPath("$.temperature", WireMock.equalTo("0.1")))
                .withRequestBody(matchingJsonPath("$.response_format.type", WireMock.equalTo("json_schema")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", WireMock.equalTo("true"))));
        assertThat(new Db(dataSource).rows(
                "select provider, model, tokens_in, tokens_out, outcome from summary.llm_call where provider = 'mistral'"))
                .contains(List.of("mistral", MistralProfile.MODEL, 321, 123, "OK"));
    }

    @Test
    @Order(3)
    void once_the_hourly_token_budget_is_spent_digests_fall_back_without_calling() {
        // 444 tokens a call against a budget of 1200: at most three calls go out, whatever ran before.
        for (int i = 0; i < 3; i++) {
            summarise();
        }
        int before = stub.findAll(postRequestedFor(urlEqualTo(COMPLETIONS))).size();

        summarise().body("fr.status", equalTo("FALLBACK")).body("fr.provider", equalTo("extractive"));

        assertThat(stub.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(before);
        given().header("X-API-Key", "test-admin-key").when().get("/api/v1/llm").then()
                .body("tokensUsedLastHour", greaterThanOrEqualTo(MistralProfile.TOKENS_PER_HOUR));
        assertThat(new Db(dataSource).count("select count(*) from summary.llm_call where outcome = 'BUDGET_EXHAUSTED'"))
                .as("a refused call is no call").isZero();
    }
}
