package io.veille.summary.client.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.veille.summary.llm.ChatPrompt;
import io.veille.summary.llm.ChatReply;
import io.veille.summary.llm.DigestSchema;
import io.veille.summary.llm.FakeSleeper;
import io.veille.summary.llm.LlmCall;
import io.veille.summary.llm.LlmFailure;
import io.veille.summary.llm.OpenAiStub;
import io.veille.summary.llm.RecordedCalls;
import io.veille.summary.llm.RetryingChatClient;

/** Real HTTP 429s and 5xx from an OpenAI-compatible stub, through langchain4j, retried by RetryingChatClient. */
class OpenAiRetryTest {

    private static final String MODEL = "stub-model";
    private static final String PATH = "/v1/chat/completions";
    private static final ChatPrompt PROMPT = new ChatPrompt("Write the digest.", "<article>…</article>");

    private WireMockServer server;
    private final FakeSleeper sleeper = new FakeSleeper();
    private final RecordedCalls log = new RecordedCalls();
    private RetryingChatClient client;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        OpenAiChatClient openai = new OpenAiChatClient(server.baseUrl() + "/v1", "sk-test", MODEL, Duration.ofSeconds(2), 900,
                0.2, 0);
        client = new RetryingChatClient(openai, 2, Duration.ofSeconds(5), sleeper, log, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The first answer, then the second for every later call. */
    private void answers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered once"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs("answered once").willReturn(then));
    }

    @Test
    void aRealRateLimitWithRetryAfterOneSecondIsWaitedAndRetried() {
        answers(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\": \"slow down\"}"),
                okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)));

        ChatReply reply = client.complete(PROMPT);

        assertThat(reply.content()).isEqualTo(OpenAiStub.GOOD);
        assertThat(reply.tokensIn()).isEqualTo(321);
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(log.calls).extracting(LlmCall::outcome).containsExactly("RATE_LIMITED");
    }

    @Test
    void aServerErrorWithoutRetryAfterIsRetriedAfterTheInitialBackoff() {
        answers(aResponse().withStatus(503), okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)));

        assertThat(client.complete(PROMPT).content()).isEqualTo(OpenAiStub.GOOD);

        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500));
        assertThat(log.calls).extracting(LlmCall::outcome).containsExactly("SERVER_ERROR");
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceWithTheRateLimit() {
        answers(aResponse().withStatus(429).withHeader("Retry-After", "3600"), okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)));

        assertThatThrownBy(() -> client.complete(PROMPT))
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.RATE_LIMITED));

        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void theFailureCarriesTheStatusKindAndRetryAfter() {
        OpenAiChatClient openai = new OpenAiChatClient(server.baseUrl() + "/v1", "", MODEL, Duration.ofSeconds(2), 900, 0.2, 0);
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502).withHeader("Retry-After",
                "Mon, 10 Feb 2025 09:00:05 GMT")));

        assertThatThrownBy(() -> openai.complete(PROMPT)).isInstanceOf(LlmFailure.class).satisfies(e -> {
            LlmFailure failure = (LlmFailure) e;
            assertThat(failure.kind()).isEqualTo(LlmFailure.Kind.SERVER_ERROR);
            assertThat(failure.retryAfter()).contains("Mon, 10 Feb 2025 09:00:05 GMT");
        });
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aBadRequestIsAClientErrorAndIsNotRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400).withBody("{\"error\": \"bad schema\"}")));

        assertThatThrownBy(() -> client.complete(PROMPT))
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.CLIENT_ERROR));

        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void theRequestCarriesTheSharedDigestSchema() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD))));

        client.complete(PROMPT);

        String schema = new ObjectMapper().writeValueAsString(DigestSchema.schema());
        server.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.name", WireMock.equalTo(DigestSchema.NAME)))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.strict", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.response_format.json_schema.schema", equalToJson(schema))));
    }
}
