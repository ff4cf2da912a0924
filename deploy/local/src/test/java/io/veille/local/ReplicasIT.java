package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.Topics;

/**
 * The stack as a cluster runs it ({@code ./veille run --replicas extractor=2,summary=2}) on the demo
 * and a few hundred generated articles, with Server-Sent Events clients on both summary replicas.
 * Mid-flow one extractor and then one summary replica are killed with SIGKILL and stay dead, as a
 * lost node: the survivors take their partitions and pending digests over. Once settled, nothing
 * is lost or duplicated (articles, facts, digest versions, digest records), and each SSE client
 * received every digest version put on the topics while it was connected.
 *
 * <p>{@code -Dveille.replicas.articles} sets the generated load (default 150).
 */
class ReplicasIT {

    private static final long SEED = 20261203L;
    private static final int GENERATED = Integer.getInteger("veille.replicas.articles", 150);
    private static final int ARTICLES = GENERATED + DemoSite.SLUGS.size();
    private static final Duration TRIGGER_TIMEOUT = Duration.ofMinutes(4);
    /** The dead summary replica's lease on its pending digests runs 2 minutes before the other takes them. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(7);
    /** A stream gets what is published while it is connected; this much room on either side for its replica's consumer. */
    private static final Duration STREAM_MARGIN = Duration.ofSeconds(15);
    private static final String CRAWLER = "veille.local.crawler-service.";
    private static final Map<String, String> CRAWLER_SETTINGS = Map.of(
            CRAWLER + "veille.crawler.min-host-delay", "20ms",
            CRAWLER + "veille.crawler.max-items-per-poll", "25",
            CRAWLER + "veille.crawler.tick", "1s");

    private Path dataDir;
    private GeneratedNewsSite site;
    private DemoSite demo;
    private Stack stack;
    private KafkaProbe kafka;
    private final List<SseClient> streams = new ArrayList<>();
    private final Set<String> killed = new HashSet<>();

    @AfterEach
    void stopTheStack() throws IOException {
        CRAWLER_SETTINGS.keySet().forEach(System::clearProperty);
        for (SseClient stream : streams) {
            stream.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
            PipelineIT.keepLogs(stack.options(), "replicas-it-logs");
        }
        if (site != null) {
            site.close();
        }
        if (demo != null) {
            demo.close();
        }
        PipelineIT.deleteRecursively(dataDir);
    }

    @Test
    void two_extractors_and_two_summary_services_lose_and_duplicate_nothing_and_stream_everything() throws Exception {
        long started = System.nanoTime();
        StackOptions options = StackProbe.testOptions(Files.createTempDirectory("veille-replicas-it-"), "veille_replicas_it_")
                .withReplicas(Replicas.parse("extractor=2,summary=2"));
        dataDir = options.dataDir();
        site = GeneratedNewsSite.start(GeneratedArticles.of(SEED, GENERATED));
        demo = DemoSite.start(0);
        Path sources = dataDir.resolve("sources.yaml");
        Files.writeString(sources, site.sourcesYaml("2s") + """
                  - id: demo
                    feed: %s
                    language: fr
                    poll-interval: 2s
                    allow-private: true
                """.formatted(demo.feedUrl()));
        CRAWLER_SETTINGS.forEach(System::setProperty);
        stack = Stack.start(options.withSourcesFile(sources), System.out);
        StackProbe db = new StackProbe(stack);
        kafka = new KafkaProbe(stack.bootstrapServers());
        for (String summary : List.of("summary-service", "summary-service-2")) {
            for (String lang : List.of("fr", "en")) {
                streams.add(SseClient.connect(summary + "/" + lang, stack.serviceUrl(summary), lang));
            }
        }

        db.awaitQuickly(TRIGGER_TIMEOUT, killed, "a third of the articles extracted",
                () -> db.count("select count(*) from extractor.article") >= ARTICLES / 3);
        long extractedAtKill = db.count("select count(*) from extractor.article");
        kill("extractor-service-2");
        // counted in published ARTICLE digests, not projection rows: the projection runs ahead of the digests, and a
        // replica killed before any digest went out would leave its streams nothing to prove
        String digested = "select count(distinct subject_id) from summary.digest where kind = 'ARTICLE' and published";
        db.awaitQuickly(TRIGGER_TIMEOUT, killed, "half of the articles digested and published", () -> db.count(digested) >= ARTICLES / 2);
        // on a quiet machine half the digests can go out within the streams' first margin: the replica then dies with
        // nothing its streams were bound to receive, so it lives on until each language has a digest inside the window
        db.awaitQuickly(TRIGGER_TIMEOUT, killed, "a digest in each language inside the second replica's stream window",
                () -> List.of("fr", "en").stream().allMatch(lang -> publishedInWindow(lang, streamsOf("summary-service-2"))));
        long digestedAtKill = db.count(digested);
        Instant summaryKilled = Instant.now();
        kill("summary-service-2");
        db.awaitSettled(kafka, ARTICLES, SETTLE_TIMEOUT, killed);

        List<String> pages = new ArrayList<>(site.articleUrls());
        DemoSite.SLUGS.forEach(slug -> pages.add(demo.articleUrl(slug)));
        DeliveryAudit audit = DeliveryAudit.of(db, kafka, pages);
        List<ConsumerRecord<String, String>> digestRecords = new ArrayList<>(kafka.readAll(Topics.DIGESTS_FR));
        digestRecords.addAll(kafka.readAll(Topics.DIGESTS_EN));
        List<String> incomplete = new ArrayList<>();
        StringBuilder streamed = new StringBuilder();
        for (SseClient stream : streams) {
            String lang = stream.name().substring(stream.name().length() - 2);
            Set<String> expected = versionsInWindow(digestRecords, lang, stream);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(stream.versions());
            streamed.append(String.format(" %s %d/%d", stream.name(), expected.size() - missed.size(), expected.size()));
            if (stream.name().startsWith("summary-service-2/") && stream.endedOrNow().isBefore(summaryKilled)) {
                incomplete.add(stream.name() + " ended at " + stream.endedOrNow() + ", before its replica was killed");
            } else if (expected.isEmpty()) {
                incomplete.add(stream.name() + " was connected while nothing was published (ended at " + stream.endedOrNow() + ")");
            } else if (!missed.isEmpty()) {
                incomplete.add(stream.name() + " missed " + missed.size() + " of " + expected.size() + ", e.g. " + missed.iterator().next());
            }
        }
        System.out.printf("ReplicasIT: %d articles (%d generated + demo); extractor-service-2 killed at %d extracted,"
                        + " summary-service-2 at %d digested; settled after %d s; streamed (received/published while"
                        + " connected):%s; %s%n", ARTICLES, GENERATED, extractedAtKill, digestedAtKill,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), streamed, audit);

        assertThat(extractedAtKill).as("the extractor was killed mid-flow").isLessThan(ARTICLES);
        assertThat(digestedAtKill).as("the summary replica was killed mid-flow").isLessThan(ARTICLES);
        assertThat(audit.articles()).as("articles").isEqualTo(ARTICLES);
        assertThat(audit.pagesNeverPublished()).as("pages never published").isZero();
        assertThat(audit.articlesMissing()).as("published articles missing from extractor.article").isZero();
        assertThat(audit.articlesUnexpected()).as("articles no raw record explains").isZero();
        assertThat(audit.summaryArticlesMissing()).as("articles missing from the summary's projection").isZero();
        assertThat(audit.factRowsDuplicated()).as("duplicated fact rows").isZero();
        assertThat(audit.factsMissing()).as("facts missing").isZero();
        assertThat(audit.articleDigestsMissing()).as("(article, language) pairs without an ARTICLE digest").isZero();
        assertThat(audit.versionGaps()).as("digests whose versions are not 1..n").isZero();
        assertThat(audit.versionsUnpublished()).as("digest versions never acknowledged").isZero();
        assertThat(audit.versionsNotOnTopic()).as("digest versions missing from their topic").isZero();
        assertThat(audit.topicDuplicates()).as("digest records repeating a (digest id, version)").isZero();
        assertThat(audit.deadLetters()).as("dead letters").isZero();
        assertThat(incomplete).as("SSE clients that missed a digest published while they were connected").isEmpty();
    }

    private List<SseClient> streamsOf(String summary) {
        return streams.stream().filter(stream -> stream.name().startsWith(summary + "/")).toList();
    }

    private boolean publishedInWindow(String lang, List<SseClient> candidates) {
        List<ConsumerRecord<String, String>> records = kafka.readAll(lang.equals("fr") ? Topics.DIGESTS_FR : Topics.DIGESTS_EN);
        return candidates.stream().filter(stream -> stream.name().endsWith("/" + lang))
                .allMatch(stream -> !versionsInWindow(records, lang, stream).isEmpty());
    }

    /** The digest versions in {@code lang} put on the topic while the stream was connected, margins trimmed. */
    private static Set<String> versionsInWindow(List<ConsumerRecord<String, String>> records, String lang, SseClient stream) {
        Instant from = stream.connected().plus(STREAM_MARGIN);
        Instant to = stream.endedOrNow().minus(STREAM_MARGIN);
        Set<String> versions = new TreeSet<>();
        for (ConsumerRecord<String, String> record : records) {
            Instant at = Instant.ofEpochMilli(record.timestamp());
            Digest digest = EventJson.read(record.value(), Digest.class);
            if (digest.lang().equals(lang) && !at.isBefore(from) && !at.isAfter(to)) {
                versions.add(digest.id() + "@" + digest.version());
            }
        }
        return versions;
    }

    private void kill(String name) {
        killed.add(name);
        stack.killService(name);
    }

}
