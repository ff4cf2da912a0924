package io.veille.summary.llm;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Answers the way an OpenAI-compatible chat-completions server does. */
public final class OpenAiStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiStub() {
    }

    public static String completion(String model, String content) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "id", "chatcmpl-test",
                    "object", "chat.completion",
                    "created", 1739170000,
                    "model", model,
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", content))),
                    "usage", Map.of("prompt_tokens", 321, "completion_tokens", 123, "total_tokens", 444)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String digest(String frAmount, String enAmount) {
        return """
                {"fr": {"title": "Sommet sur l'IA : %s annoncés", "items": [
                   {"text": "Emmanuel Macron a annoncé %s d'investissements dans l'IA le 9 février 2025.", "facts": ["F1", "F2"]}]},
                 "en": {"title": "AI summit: %s announced", "items": [
                   {"text": "Emmanuel Macron announced %s of AI investment on 9 February 2025.", "facts": ["F1", "F2"]}]}}
                """.formatted(frAmount, frAmount, enAmount, enAmount);
    }

    public static final String GOOD = digest("109 milliards d'euros", "€109 billion");
    public static final String INVENTED = digest("109 milliards d'euros", "€150 billion");
}
