package io.veille.summary.llm.openai;

import java.time.Duration;

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
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.ChatPrompt;
import io.veille.summary.llm.ChatReply;
import io.veille.summary.llm.LlmFailure;

/**
 * Any OpenAI-compatible chat-completions server (Mistral's API, vLLM, llama.cpp server, Ollama's
 * /v1, LocalAI) through langchain4j's OpenAiChatModel, built from configuration at startup so a
 * different server or model needs no rebuild. The answer is constrained by a JSON schema
 * (response_format json_schema) holding both languages.
 */
public final class OpenAiChatClient implements ChatClient {

    public static final String PROVIDER = "openai";
    public static final String SCHEMA_NAME = "bilingual_digest";

    static final JsonSchema DIGEST_SCHEMA = digestSchema();

    private final OpenAiChatModel model;
    private final String modelName;

    public OpenAiChatClient(String baseUrl, String apiKey, String modelName, Duration timeout, int maxTokens,
            double temperature, int maxRetries) {
        this.modelName = modelName;
        this.model = OpenAiChatModel.builder()
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
        } catch (TimeoutException e) {
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, "the LLM server did not answer in time", e);
        } catch (RateLimitException e) {
            throw new LlmFailure(LlmFailure.Kind.RATE_LIMITED, "the LLM server is rate limiting: " + e.getMessage(), e);
        } catch (InternalServerException e) {
            throw new LlmFailure(LlmFailure.Kind.SERVER_ERROR, "the LLM server failed: " + e.getMessage(), e);
        } catch (HttpException e) {
            LlmFailure.Kind kind = e.statusCode() >= 500 ? LlmFailure.Kind.SERVER_ERROR
                    : e.statusCode() == 429 ? LlmFailure.Kind.RATE_LIMITED : LlmFailure.Kind.CLIENT_ERROR;
            throw new LlmFailure(kind, "the LLM server answered HTTP " + e.statusCode(), e);
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

    // A read timeout may surface wrapped rather than as langchain4j's TimeoutException.
    private static LlmFailure classify(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return new LlmFailure(LlmFailure.Kind.TIMEOUT, "the LLM server did not answer in time", e);
            }
        }
        return new LlmFailure(LlmFailure.Kind.ERROR, "the LLM call failed: " + e, e);
    }

    private static int tokens(Integer count) {
        return count == null ? 0 : count;
    }

    private static JsonSchema digestSchema() {
        JsonObjectSchema item = JsonObjectSchema.builder()
                .addStringProperty("text")
                .addProperty("facts", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .required("text", "facts")
                .additionalProperties(false)
                .build();
        JsonObjectSchema language = JsonObjectSchema.builder()
                .addStringProperty("title")
                .addProperty("items", JsonArraySchema.builder().items(item).build())
                .required("title", "items")
                .additionalProperties(false)
                .build();
        return JsonSchema.builder()
                .name(SCHEMA_NAME)
                .rootElement(JsonObjectSchema.builder()
                        .addProperty("fr", language)
                        .addProperty("en", language)
                        .required("fr", "en")
                        .additionalProperties(false)
                        .build())
                .build();
    }
}
