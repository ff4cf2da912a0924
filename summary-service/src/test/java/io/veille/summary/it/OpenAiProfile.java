package io.veille.summary.it;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Switches the provider to openai, against the WireMock stub that WireMockPeers points base-url at. */
public class OpenAiProfile implements QuarkusTestProfile {

    public static final String MODEL = "stub-model";
    public static final String GROUP = "veille-summary-openai-test";
    public static final String KEY = "sk-never-shown";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "veille.llm.provider", "openai",
                "veille.llm.openai.model", MODEL,
                "veille.llm.openai.api-key", KEY,
                "veille.llm.openai.max-tokens", "700",
                "veille.llm.openai.timeout", "1s",
                "veille.summary.story.regenerate-every", "1s",
                // A group of its own, starting at the end: earlier tests' records are not re-summarised here.
                "mp.messaging.incoming.extracted-articles-in.group.id", GROUP,
                "mp.messaging.incoming.extracted-articles-in.auto.offset.reset", "latest");
    }
}
