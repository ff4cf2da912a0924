package io.veille.summary.client.mistral;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.ChatPrompt;
import io.veille.summary.llm.ChatReply;
import io.veille.summary.llm.DigestSchema;
import io.veille.summary.llm.LlmFailure;

/**
 * Mistral's native chat-completions API (POST {base}/chat/completions) on the JDK HTTP client:
 * langchain4j-mistral-ai is not in the build's BOM, and one JSON request is a small thing to
 * write. The answer is constrained by the {@link DigestSchema} (response_format json_schema,
 * strict). A 429 or 5xx carries the server's Retry-After up to RetryingChatClient; this client
 * never retries by itself.
 */
public final class MistralChatClient implements ChatClient {

    public static final String PROVIDER = "mistral";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final String modelName;
    private final Duration timeout;
    private final int maxTokens;
    private final double temperature;

    public MistralChatClient(String baseUrl, String apiKey, String modelName, Duration timeout, int maxTokens,
            double temperature) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        this.apiKey = apiKey == null ? "" : apiKey.trim();
        this.modelName = modelName;
        this.timeout = timeout;
        this.maxTokens = maxTokens;
        this.temperature = temperature;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(prompt)));
        if (!apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, "the Mistral API did not answer in time", e);
        } catch (IOException e) {
            throw new LlmFailure(LlmFailure.Kind.ERROR, "the Mistral API call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure(LlmFailure.Kind.ERROR, "interrupted while calling the Mistral API", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new LlmFailure(LlmFailure.ofHttpStatus(status), "the Mistral API answered HTTP " + status + ": " + excerpt(response.body()),
                    null, response.headers().firstValue("Retry-After").orElse(null));
        }
        return reply(response.body());
    }

    /** The request body; the schema is the one every provider sends. */
    String body(ChatPrompt prompt) {
        Map<String, Object> jsonSchema = new LinkedHashMap<>();
        jsonSchema.put("name", DigestSchema.NAME);
        jsonSchema.put("schema", DigestSchema.schema());
        jsonSchema.put("strict", true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", modelName);
        body.put("messages", List.of(
                Map.of("role", "system", "content", prompt.system()),
                Map.of("role", "user", "content", prompt.user())));
        body.put("temperature", temperature);
        body.put("max_tokens", maxTokens);
        body.put("stream", false);
        body.put("response_format", Map.of("type", "json_schema", "json_schema", jsonSchema));
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChatReply reply(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new LlmFailure(LlmFailure.Kind.MALFORMED, "the Mistral API answered something other than JSON", e);
        }
        JsonNode content = root.path("choices").path(0).path("message").path("content");
        String text;
        if (content.isTextual()) {
            text = content.asText();
        } else if (content.isArray()) {
            // Some models answer with content chunks; the text chunks joined are the answer.
            StringBuilder joined = new StringBuilder();
            content.forEach(chunk -> {
                if ("text".equals(chunk.path("type").asText())) {
                    joined.append(chunk.path("text").asText());
                }
            });
            text = joined.toString();
        } else {
            throw new LlmFailure(LlmFailure.Kind.MALFORMED, "the Mistral API gave no message", null);
        }
        JsonNode usage = root.path("usage");
        return new ChatReply(text, usage.path("prompt_tokens").asInt(0), usage.path("completion_tokens").asInt(0));
    }


    // Mistral's error bodies say why (bad key, unknown model, schema refused); the log wants a bounded bit of it.
    private static String excerpt(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return modelName;
    }
}
