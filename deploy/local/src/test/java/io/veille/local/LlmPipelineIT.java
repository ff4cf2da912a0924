package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo corpus through the whole stack with the summary service on an OpenAI-compatible model:
 * a stub that quotes the prompt's facts and, in two first attempts of three, invents a claim of the
 * next kind of {@link InventedClaims}. Ad-hoc summaries of the demo articles' texts add more
 * answers. Every ARTICLE and STORY digest must come out model-written (VERIFIED or REPAIRED), no
 * invented claim may be published (searched for exactly in every stored digest and every ad-hoc
 * answer), and clean answers must not be sent back for repair. The run writes the kinds × caught
 * table (deploy/local/target/grounding-eval.md) and the calls and tokens each story digest cost
 * (deploy/local/target/llm-demo.json).
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
    void every_story_digest_is_model_written_and_no_invented_claim_is_published() throws IOException {
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
        List<String> published = new ArrayList<>(probe.query("select title || ' ' || items::text from summary.digest", rs -> {
            List<String> texts = new ArrayList<>();
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
            return texts;
        }));
        int pipelineRequests = llm.usage().requests();
        List<String> adHoc = adHocSummariesOfTheDemoArticles();
        published.addAll(adHoc);
        System.out.println("LlmPipelineIT: " + pipelineRequests + " model calls from the pipeline, " + (llm.usage().requests() - pipelineRequests)
                + " from " + adHoc.size() + " ad-hoc summaries");

        GroundedLlmStub.Usage usage = llm.usage();
        List<InventedClaims.Claim> claims = llm.claims();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        InventedClaims.KINDS.forEach(k -> byKind.put(k, new int[2]));
        List<String> leaked = new ArrayList<>();
        for (InventedClaims.Claim claim : claims) {
            boolean out = claim.written().stream().anyMatch(w -> published.stream().anyMatch(p -> p.contains(w)));
            int[] counts = byKind.get(claim.kind());
            counts[0]++;
            if (out) {
                leaked.add(claim.kind() + ": " + claim.written());
            } else {
                counts[1]++;
            }
        }
        List<GroundedLlmStub.FalseAlarm> falseAlarms = llm.falseAlarms();
        int clean = llm.cleanFirstAttempts();
        writeTable(byKind, claims.size(), leaked, falseAlarms, clean);

        assertThat(claims.size()).as("invented claims").isGreaterThanOrEqualTo(20);
        assertThat(byKind.values().stream().filter(c -> c[0] > 0).count()).as("kinds of invented claim tried").isGreaterThanOrEqualTo(14);
        assertThat(leaked).as("invented claims published").isEmpty();
        assertThat(falseAlarms).as("clean answers sent back for repair, of " + clean).hasSizeLessThanOrEqualTo(clean / 50);
        long ungrounded = probe.count("select count(*) from summary.llm_call where outcome = 'UNGROUNDED'");

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
        report.put("cleanAnswers", clean);
        report.put("falseAlarms", falseAlarms.size());
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

    /** Each demo article's text, whole and in five windows, with and without a title, summarised ad hoc: each a new prompt. */
    private static List<String> adHocSummariesOfTheDemoArticles() {
        List<String> texts = probe.query("select text from extractor.article order by id", rs -> {
            List<String> all = new ArrayList<>();
            while (rs.next()) {
                all.add(rs.getString(1));
            }
            return all;
        });
        List<String> answers = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        for (String text : texts) {
            List<String> parts = new ArrayList<>(List.of(text));
            for (int[] window : new int[][] {{0, 66}, {33, 100}, {0, 50}, {50, 100}, {20, 80}}) {
                parts.add(text.substring(sentenceStart(text, window[0]), sentenceStart(text, window[1])));
            }
            for (String part : parts.stream().filter(p -> p.length() > 200).distinct().toList()) {
              for (String title : List.of("", "Dépêche")) {
                try {
                    String body = json.writeValueAsString(title.isEmpty() ? Map.of("text", part, "lang", "fr")
                            : Map.of("text", part, "lang", "fr", "title", title));
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl("summary-service") + "/api/v1/summaries"))
                            .timeout(Duration.ofMinutes(1)).header("Content-Type", "application/json").header("X-API-Key", stack.adminKey())
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    answers.add(json.readTree(response.body()).toString());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
              }
            }
        }
        return answers;
    }

    /** The start of the sentence at {@code percent} of the text (its end for 100). */
    private static int sentenceStart(String text, int percent) {
        if (percent >= 100) {
            return text.length();
        }
        int at = text.indexOf(". ", text.length() * percent / 100);
        return percent == 0 || at < 0 ? 0 : at + 2;
    }

    private static void writeTable(Map<String, int[]> byKind, int claims, List<String> leaked,
            List<GroundedLlmStub.FalseAlarm> falseAlarms, int clean) throws IOException {
        StringBuilder md = new StringBuilder("# Grounding evaluation on the demo stack (LlmPipelineIT)\n\n")
                .append("| kind of invented claim | invented | caught (never published) |\n|---|---|---|\n");
        byKind.forEach((kind, c) -> md.append("| ").append(kind).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" |\n"));
        md.append("| **all** | ").append(claims).append(" | ").append(claims - leaked.size()).append(" |\n\n")
                .append("False alarms: ").append(falseAlarms.size()).append(" of ").append(clean).append(" clean answers sent back for repair.\n");
        leaked.forEach(l -> md.append("\n- published: ").append(l));
        falseAlarms.forEach(f -> md.append("\n- false alarm: ").append(f.rejected().replace('\n', ' ')));
        Path out = stack.options().home().resolve("deploy/local/target/grounding-eval.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.append('\n').toString());
        System.out.println(md);
    }
}
