package io.veille.summary.wiring;

import io.veille.summary.config.LlmConfig;
import io.veille.summary.llm.ChatClient;
import io.veille.summary.llm.GuardedChatClient;
import io.veille.summary.llm.TokenBudget;

/**
 * The provider chosen at startup: its settings, the client chain the digest writer calls, and
 * the parts whose state the API shows. For the extractive provider only the name is set.
 */
public record LlmSetup(String provider, LlmConfig.Provider settings, ChatClient chat, GuardedChatClient guarded,
        TokenBudget budget) {

    static LlmSetup extractive(String provider) {
        return new LlmSetup(provider, null, null, null, null);
    }

    /** Whether digests are written by a model (else by the extractive writer). */
    public boolean usesModel() {
        return chat != null;
    }
}
