package io.veille.summary.llm;

import java.util.ArrayDeque;
import java.util.Deque;

/** A model server that answers from a script: a reply, a failure, or a failure kind; the default reply once it runs out. */
final class ScriptedChatClient implements ChatClient {

    final Deque<Object> script = new ArrayDeque<>();
    private final ChatReply otherwise;
    int calls;

    ScriptedChatClient(ChatReply otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public ChatReply complete(ChatPrompt prompt) {
        calls++;
        Object next = script.isEmpty() ? otherwise : script.pop();
        if (next instanceof LlmFailure failure) {
            throw failure;
        }
        if (next instanceof LlmFailure.Kind kind) {
            throw new LlmFailure(kind, kind.name(), null);
        }
        return (ChatReply) next;
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public String model() {
        return "m";
    }
}
