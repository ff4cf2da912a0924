package io.veille.summary.client.openai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.ChatPrompt;
import io.veille.summary.llm.ChatReply;
import io.veille.summary.llm.DigestSchema;
import io.veille.summary.llm.LlmFailure;

/**
 * Any OpenAI-compatible chat-completions server (Mistral's API, vLLM, llama.cpp server, Ollama's
 * /v1, LocalAI) through langchain4j's OpenAiChatModel, built from configuration at startup so a
 * different server or model needs no rebuild. The answer is constrained by the
 * {@link DigestSchema} (response_format json_schema, strict) holding both languages.
 *
 * <p>The HTTP client is our own {@link RetryAfterHttpClient}, so a 429 or 5xx failure carries
 * the server's Retry-After; the service passes maxRetries 0 and retries in RetryingChatClient,
 * which honours it and records every attempt.
 */
public final class OpenAiChatClient implements ChatClient {

    public static final String PROVIDER = "openai";
    public static final String SCHEMA_NAME = DigestSchema.NAME;

    static final JsonSchema DIGEST_SCHEMA = JsonSchema.builder()
            .name(DigestSchema.NAME)
            .rootElement(element(DigestSchema.schema()))
            .build();

    private final OpenAiChatModel model;
    private final String modelName;

    /** @param maxRetries langchain4j's own retries, blind to Retry-After: 0 when RetryingChatClient wraps this */
    public OpenAiChatClient(String baseUrl, String apiKey, String modelName, Duration timeout, int maxTokens,
            double temperature, int maxRetries) {
        this.modelName = modelName;
        this.model = OpenAiChatModel.builder()
                .httpClientBuilder(RetryAfterHttpClient.builder())
                .baseUrl(baseUrl)
                // Local servers (vLLM, Ollama) want no key, but the client refuses an empty one.
                .apiKey(apiKey == null || apiKey.isBlank() ? "no-key" : apiKey)
                .modelName(modelName)
                .timeout(timeout)
                .maxTokens(maxTokens)
                .temperature(temperature)
                .maxRetries(maxRetries)
                .strictJsonSchema(true)
                .build();
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(DIGEST_SCHEMA).build())
                .build();
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            throw classify(e);
        }
        if (response == null || response.aiMessage() == null) {
            throw new LlmFailure(LlmFailure.Kind.MALFORMED, "the LLM server gave no message", null);
        }
        TokenUsage usage = response.tokenUsage();
        return new ChatReply(response.aiMessage().text(), tokens(usage == null ? null : usage.inputTokenCount()),
                tokens(usage == null ? null : usage.outputTokenCount()));
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return modelName;
    }

    private static LlmFailure classify(RuntimeException e) {
        // Our client's exception is the root cause of whatever langchain4j maps it to, with the Retry-After it saw.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpStatusException status) {
                return new LlmFailure(LlmFailure.ofHttpStatus(status.statusCode()), "the LLM server answered HTTP " + status.statusCode(), e,
                        status.retryAfter());
            }
        }
        if (e instanceof TimeoutException) {
            return new LlmFailure(LlmFailure.Kind.TIMEOUT, "the LLM server did not answer in time", e);
        }
        if (e instanceof RateLimitException) {
            return new LlmFailure(LlmFailure.Kind.RATE_LIMITED, "the LLM server is rate limiting: " + e.getMessage(), e);
        }
        if (e instanceof InternalServerException) {
            return new LlmFailure(LlmFailure.Kind.SERVER_ERROR, "the LLM server failed: " + e.getMessage(), e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return new LlmFailure(LlmFailure.ofHttpStatus(http.statusCode()), "the LLM server answered HTTP " + http.statusCode(), e);
            }
            // A read timeout may surface wrapped rather than as langchain4j's TimeoutException.
            if (t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return new LlmFailure(LlmFailure.Kind.TIMEOUT, "the LLM server did not answer in time", e);
            }
        }
        return new LlmFailure(LlmFailure.Kind.ERROR, "the LLM call failed: " + e, e);
    }


    private static int tokens(Integer count) {
        return count == null ? 0 : count;
    }

    /** The shared schema (plain maps) as langchain4j's schema elements; it uses objects, arrays and strings only. */
    @SuppressWarnings("unchecked")
    static JsonSchemaElement element(Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("object".equals(type)) {
            Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
            ((Map<String, Object>) schema.get("properties"))
                    .forEach((name, property) -> properties.put(name, element((Map<String, Object>) property)));
            return JsonObjectSchema.builder()
                    .addProperties(properties)
                    .required((List<String>) schema.get("required"))
                    .additionalProperties((Boolean) schema.get("additionalProperties"))
                    .build();
        }
        if ("array".equals(type)) {
            return JsonArraySchema.builder().items(element((Map<String, Object>) schema.get("items"))).build();
        }
        if ("string".equals(type)) {
            return new JsonStringSchema();
        }
        throw new IllegalArgumentException("schema type not mapped: " + type);
    }
}
