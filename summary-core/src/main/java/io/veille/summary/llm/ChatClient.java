package io.veille.summary.llm;

/** One structured chat completion yielding the bilingual digest JSON. */
public interface ChatClient {

    /** @throws LlmFailure on any error, timeout or refusal of the server */
    ChatReply complete(ChatPrompt prompt);

    String provider();

    String model();
}
