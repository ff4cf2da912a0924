package io.veille.summary.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Switches the provider to mistral (Mistral's native API), against the WireMock stub, with a small token budget. */
public class MistralProfile implements QuarkusTestProfile {

    public static final String MODEL = "mistral-stub-model";
    public static final String GROUP = "veille-summary-mistral-test";
    public static final String KEY = "mistral-key-never-shown";
    /** The stub reports 444 tokens a call: the budget is spent after 3 calls. */
    public static final int TOKENS_PER_HOUR = 1200;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "veille.llm.provider", "mistral",
                "veille.llm.mistral.model", MODEL,
                "veille.llm.mistral.api-key", KEY,
                "veille.llm.mistral.max-tokens", "800",
                "veille.llm.mistral.temperature", "0.1",
                "veille.llm.mistral.tokens-per-hour", String.valueOf(TOKENS_PER_HOUR),
                "mp.messaging.incoming.extracted-articles-in.group.id", GROUP,
                "mp.messaging.incoming.extracted-articles-in.auto.offset.reset", "latest");
    }
}
