package io.veille.summary.client.mistral;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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

/** Mistral's native chat-completions API, against a WireMock stub. */
class MistralChatClientTest {

    private static final String MODEL = "mistral-small-latest";
    private static final String KEY = "mistral-test-key";
    private static final String PATH = "/v1/chat/completions";
    private static final ChatPrompt PROMPT = new ChatPrompt("Écris le résumé.", "<article>Le sommet…</article>");

    private WireMockServer server;
    private MistralChatClient mistral;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        mistral = new MistralChatClient(server.baseUrl() + "/v1/", KEY, MODEL, Duration.ofMillis(800), 900, 0.3);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void answer(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    private LlmFailure failure() {
        try {
            mistral.complete(PROMPT);
        } catch (LlmFailure e) {
            return e;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void sendsExactlyTheDocumentedRequestAndReadsTheAnswerAndItsUsage() throws Exception {
        answer(okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)));

        ChatReply reply = mistral.complete(PROMPT);

        assertThat(reply).isEqualTo(new ChatReply(OpenAiStub.GOOD, 321, 123));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("model", MODEL);
        expected.put("messages", List.of(
                Map.of("role", "system", "content", PROMPT.system()),
                Map.of("role", "user", "content", PROMPT.user())));
        expected.put("temperature", 0.3);
        expected.put("max_tokens", 900);
        expected.put("stream", false);
        expected.put("response_format", Map.of("type", "json_schema",
                "json_schema", Map.of("name", "bilingual_digest", "schema", DigestSchema.schema(), "strict", true)));
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(new ObjectMapper().writeValueAsString(expected))));
    }

    @Test
    void theSchemaSentIsTheStrictBilingualOne() {
        Map<String, Object> schema = DigestSchema.schema();

        assertThat(schema).containsEntry("required", List.of("fr", "en")).containsEntry("additionalProperties", false);
        assertThat(schema.toString()).contains("title", "items", "text", "facts");
    }

    @Test
    void contentGivenAsChunksIsJoined() {
        answer(okJson("""
                {"choices": [{"index": 0, "message": {"role": "assistant", "content": [
                  {"type": "thinking", "thinking": []}, {"type": "text", "text": "{\\"fr\\": "}, {"type": "text", "text": "1}"}]}}],
                 "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7}}
                """));

        assertThat(mistral.complete(PROMPT)).isEqualTo(new ChatReply("{\"fr\": 1}", 5, 2));
    }

    @Test
    void aMissingKeySendsNoAuthorizationHeader() {
        answer(okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)));
        MistralChatClient keyless = new MistralChatClient(server.baseUrl() + "/v1", "", MODEL, Duration.ofMillis(800), 900, 0.2);

        keyless.complete(PROMPT);

        server.verify(postRequestedFor(urlEqualTo(PATH)).withoutHeader("Authorization"));
    }

    @Test
    void errorsAreClassifiedWithTheirRetryAfter() {
        answer(aResponse().withStatus(429).withHeader("Retry-After", "2").withBody("{\"message\": \"Requests rate limit exceeded\"}"));
        assertThat(failure()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LlmFailure.Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains("2");
            assertThat(e.getMessage()).contains("429", "rate limit exceeded");
        });

        answer(aResponse().withStatus(503));
        assertThat(failure().kind()).isEqualTo(LlmFailure.Kind.SERVER_ERROR);

        answer(aResponse().withStatus(401).withBody("{\"message\": \"Unauthorized\"}"));
        assertThat(failure().kind()).isEqualTo(LlmFailure.Kind.CLIENT_ERROR);

        answer(okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD)).withFixedDelay(1_500));
        assertThat(failure().kind()).isEqualTo(LlmFailure.Kind.TIMEOUT);

        answer(aResponse().withStatus(200).withBody("<html>proxy page</html>"));
        assertThat(failure().kind()).isEqualTo(LlmFailure.Kind.MALFORMED);

        answer(okJson("{\"choices\": []}"));
        assertThat(failure().kind()).isEqualTo(LlmFailure.Kind.MALFORMED);
    }

    @Test
    void aRateLimitIsRetriedAfterItsRetryAfter() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("later"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("retry").whenScenarioStateIs("later")
                .willReturn(okJson(OpenAiStub.completion(MODEL, OpenAiStub.GOOD))));
        FakeSleeper sleeper = new FakeSleeper();
        RecordedCalls log = new RecordedCalls();

        ChatReply reply = new RetryingChatClient(mistral, 1, Duration.ofSeconds(5), sleeper, log, Clock.systemUTC())
                .complete(PROMPT);

        assertThat(reply.content()).isEqualTo(OpenAiStub.GOOD);
        server.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(log.calls).extracting(LlmCall::provider, LlmCall::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mistral", "RATE_LIMITED"));
    }
}
