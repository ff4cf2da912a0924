package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * A few hundred generated articles through the whole stack, with one fault injected mid-flow: a
 * service or the broker killed with SIGKILL and started again, or PostgreSQL frozen for 30 s.
 * Once the pipeline settled, nothing may be lost or duplicated: every page is an article exactly
 * once, every fact stored once, every digest's versions are 1..n, each on its topic once, and no
 * record went to a dead-letter topic.
 *
 * <p>{@code -Dveille.faults=extractor} (the default build) or a list of
 * {@code crawler,extractor,summary,broker,postgres} ({@code -Pfaults} runs all five); each fault
 * gets a stack of its own. {@code -Dveille.faults.articles} sets the load (default 300).
 */
class FaultIT {

    private static final long SEED = 20261202L;
    private static final int ARTICLES = Integer.getInteger("veille.faults.articles", 300);
    private static final Duration TRIGGER_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(6);
    private static final String CRAWLER = "veille.local.crawler-service.";
    /**
     * Load from one loopback host in seconds rather than the default 1 s per page and 50 pages per
     * poll; the sources' allow-private trusts the generated site's own host and port.
     */
    private static final Map<String, String> CRAWLER_SETTINGS = Map.of(
            CRAWLER + "veille.crawler.min-host-delay", "20ms",
            CRAWLER + "veille.crawler.max-items-per-poll", "25",
            CRAWLER + "veille.crawler.tick", "1s");

    private Fault fault;
    private Path dataDir;
    private GeneratedNewsSite site;
    private Stack stack;
    private KafkaProbe kafka;

    static Stream<Fault> faults() {
        return Fault.named(System.getProperty("veille.faults", "extractor")).stream();
    }

    @AfterEach
    void stopTheStack() throws IOException {
        CRAWLER_SETTINGS.keySet().forEach(System::clearProperty);
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
            PipelineIT.keepLogs(stack.options(), "fault-it-logs/" + fault.name().toLowerCase(Locale.ROOT));
        }
        if (site != null) {
            site.close();
        }
        PipelineIT.deleteRecursively(dataDir);
    }

    @ParameterizedTest(name = "{0} mid-flow loses and duplicates no article, fact or digest version")
    @MethodSource("faults")
    void a_fault_mid_flow_loses_and_duplicates_nothing(Fault fault) throws IOException {
        long started = System.nanoTime();
        this.fault = fault;
        StackOptions options = StackProbe.testOptions(Files.createTempDirectory("veille-fault-it-"), "veille_fault_it_");
        dataDir = options.dataDir();
        assumeTrue(fault.possibleWith(options), fault + " needs the embedded PostgreSQL");
        List<GeneratedArticles.Article> articles = GeneratedArticles.of(SEED, ARTICLES);
        site = GeneratedNewsSite.start(articles);
        Path sources = dataDir.resolve("generated-sources.yaml");
        Files.writeString(sources, site.sourcesYaml("2s"));
        CRAWLER_SETTINGS.forEach(System::setProperty);
        stack = Stack.start(options.withSourcesFile(sources), System.out);
        StackProbe db = new StackProbe(stack);
        kafka = new KafkaProbe(stack.bootstrapServers());
        LongSupplier progress = () -> db.count(fault.progressQuery());

        db.awaitQuickly(TRIGGER_TIMEOUT, Set.of(), "a third of the " + ARTICLES + " articles through the stage " + fault + " interrupts",
                () -> progress.getAsLong() >= ARTICLES / 3);
        long atFault = progress.getAsLong();
        long digestedAtFault = db.count("select count(*) from summary.article");
        long faultAt = System.nanoTime();
        fault.inject(stack);
        Duration down = since(faultAt);
        db.awaitQuickly(TRIGGER_TIMEOUT, Set.of(), "progress after " + fault, () -> progress.getAsLong() > atFault || atFault >= ARTICLES);
        Duration resumed = since(faultAt);
        db.awaitSettled(kafka, ARTICLES, SETTLE_TIMEOUT, Set.of());
        Duration settled = since(faultAt);

        DeliveryAudit audit = DeliveryAudit.of(db, kafka, site.articleUrls());
        System.out.printf("FaultIT [%s]: fault at %d/%d (%d digested); back after %d s, progress again after %d s,"
                        + " settled after %d s (test %d s); %s%n", fault, atFault, ARTICLES, digestedAtFault,
                down.toSeconds(), resumed.toSeconds(), settled.toSeconds(), since(started).toSeconds(), audit);

        assertThat(atFault).as("the fault hit mid-flow").isLessThan(ARTICLES);
        assertThat(digestedAtFault).as("articles digested when the fault hit").isLessThan(ARTICLES);
        assertThat(audit.articles()).as("articles").isEqualTo(ARTICLES);
        assertThat(audit.pagesNeverPublished()).as("pages never published").isZero();
        assertThat(audit.articlesMissing()).as("published articles missing from extractor.article").isZero();
        assertThat(audit.articlesUnexpected()).as("articles no raw record explains").isZero();
        assertThat(audit.summaryArticlesMissing()).as("articles missing from the summary's projection").isZero();
        assertThat(audit.factRowsDuplicated()).as("duplicated fact rows").isZero();
        assertThat(audit.factsMissing()).as("facts of the extracted events missing from extractor.fact").isZero();
        assertThat(audit.factRows()).as("fact rows").isPositive();
        assertThat(audit.articleDigestsMissing()).as("(article, language) pairs without an ARTICLE digest").isZero();
        assertThat(audit.versionGaps()).as("digests whose versions are not 1..n").isZero();
        assertThat(audit.versionsUnpublished()).as("digest versions never acknowledged").isZero();
        assertThat(audit.versionsNotOnTopic()).as("digest versions missing from their topic").isZero();
        assertThat(audit.topicDuplicates()).as("digest records repeating a (digest id, version)").isZero();
        assertThat(audit.deadLetters()).as("dead letters").isZero();
    }


    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
