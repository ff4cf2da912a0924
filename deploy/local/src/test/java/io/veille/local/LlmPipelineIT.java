package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo corpus through the whole stack with the summary service on an OpenAI-compatible model:
 * a stub that quotes the prompt's facts and, every third first attempt, invents an amount. Every
 * ARTICLE and STORY digest must come out model-written (VERIFIED or REPAIRED), every invented
 * amount must be caught by the grounding check, and the run reports the calls and tokens each
 * story digest cost (deploy/local/target/llm-demo.json).
 */
class LlmPipelineIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final String SUMMARY = "veille.local.summary-service.";

    private static Path dataDir;
    private static Stack stack;
    private static StackProbe probe;
    private static GroundedLlmStub llm;

    @BeforeAll
    static void startTheStackOnTheStub() throws IOException {
        llm = new GroundedLlmStub(3);
        System.setProperty(SUMMARY + "veille.llm.provider", "openai");
        System.setProperty(SUMMARY + "veille.llm.openai.base-url", llm.baseUrl());
        System.setProperty(SUMMARY + "veille.llm.openai.model", "stub-grounded");
        dataDir = Files.createTempDirectory("veille-llm-it-");
        StackOptions options = StackProbe.testOptions(dataDir, "veille_llm_it_");
        stack = Stack.start(options, System.out);
        probe = new StackProbe(stack);
    }

    @AfterAll
    static void stop() throws IOException {
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(SUMMARY)).forEach(System::clearProperty);
        if (stack != null) {
            stack.close();
        }
        if (llm != null) {
            llm.close();
        }
        PipelineIT.deleteRecursively(dataDir);
    }

    @Test
    void every_story_digest_is_model_written_and_every_invented_amount_is_caught() throws IOException {
        probe.await("a model-written STORY digest of every story, and the day's PERIOD digest", TIMEOUT, () -> {
            long articles = probe.count("select count(*) from extractor.article");
            return articles >= 5
                    && probe.count("select count(distinct subject_id) from summary.digest where kind = 'STORY' and provider = 'openai'")
                            == probe.count("select count(distinct story_id) from extractor.article where story_id is not null")
                    && probe.count("select count(*) from summary.digest where kind = 'ARTICLE' and lang = 'fr'") == articles
                    && probe.count("select count(*) from summary.digest where kind = 'PERIOD'") > 0
                    && probe.count("select count(*) from summary.pending_digest") == 0;
        }, () -> "digests: " + probe.count("select count(*) from summary.digest") + "\n");

        long stories = probe.count("select count(distinct story_id) from extractor.article where story_id is not null");
        assertThat(probe.count("select count(*) from summary.digest where kind in ('ARTICLE', 'STORY') and status = 'FALLBACK'"))
                .as("digests replaced by the extractive one").isZero();
        GroundedLlmStub.Usage usage = llm.usage();
        long ungrounded = probe.count("select count(*) from summary.llm_call where outcome = 'UNGROUNDED'");
        assertThat(usage.invented()).as("answers with an invented amount").isPositive();
        assertThat(ungrounded).as("invented amounts caught by the grounding check").isEqualTo(usage.invented());
        assertThat(usage.repairRequests()).as("one repair call per caught answer").isEqualTo(usage.invented());

        long storyVersions = probe.count("select count(*) from summary.digest where kind = 'STORY' and lang = 'fr' and provider = 'openai'");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("stories", stories);
        report.put("storyDigestVersions", storyVersions);
        report.put("storyCalls", usage.storyRequests());
        report.put("callsPerStoryDigest", (double) usage.storyRequests() / storyVersions);
        report.put("promptTokensPerStoryDigest", usage.storyPromptTokens() / storyVersions);
        report.put("completionTokensPerStoryDigest", usage.storyCompletionTokens() / storyVersions);
        report.put("allCalls", usage.requests());
        report.put("repairCalls", usage.repairRequests());
        report.put("inventedAnswers", usage.invented());
        report.put("caughtByGrounding", ungrounded);
        report.put("frDigestVersionsByKindAndStatus", probe.query("select kind, status, count(*) from summary.digest where lang = 'fr' group by kind, status order by kind, status",
                rs -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                    }
                    return counts;
                }));
        Path out = stack.options().home().resolve("deploy/local/target/llm-demo.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), report);
        System.out.println("LlmPipelineIT: " + report);
    }
}
