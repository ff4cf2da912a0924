package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The demo feed through the whole stack, as {@code ./veille run} starts it but on free ports, a
 * temporary data directory and a fresh database (embedded, or a {@code veille_it_*} database on the
 * server named by VEILLE_DB_URL, dropped afterwards): the article announcing the €109 bn plan must
 * come out as a MONEY fact and a digest in each language that cites it, every story (the summit
 * one has three articles) as a STORY digest citing all its articles, the day as a PERIOD digest,
 * and replaying every raw record must change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration REPLAY_TIMEOUT = Duration.ofMinutes(2);
    private static final String EXTRACTOR_GROUP = "veille-extractor";
    private static final String SUMMARY_GROUP = "veille-summary";

    private static Path dataDir;
    private static Stack stack;
    private static KafkaProbe kafka;
    private static StackProbe probe;
    private static SubscriberEnds ends;

    @BeforeAll
    static void startTheStack() throws IOException {
        dataDir = Files.createTempDirectory("veille-it-");
        StackOptions options = StackProbe.testOptions(dataDir, "veille_it_");
        ends = new SubscriberEnds();
        ends.settings().forEach(System::setProperty);
        stack = Stack.start(options, System.out, started -> SubscriptionChecks.subscribeTheFarEnds(started, ends));
        probe = new StackProbe(stack);
        kafka = new KafkaProbe(stack.bootstrapServers());
    }

    @AfterAll
    static void stopTheStack() throws IOException {
        if (kafka != null) {
            kafka.close();
        }
        if (stack != null) {
            stack.close();
            keepLogs(stack.options(), "pipeline-it-logs");
        }
        if (ends != null) {
            ends.settings().keySet().forEach(System::clearProperty);
            ends.close();
        }
        deleteRecursively(dataDir);
    }

    @Test
    @Order(1)
    void the_article_announcing_109_billion_euros_yields_a_money_fact_and_a_digest_in_each_language() {
        await("an extracted article saying \"109 milliards d'euros\" with its MONEY fact and fr + en digests citing it",
                PIPELINE_TIMEOUT, () -> {
                    List<String> articles = articlesAbout109Billion();
                    return !articles.isEmpty() && articles.stream().allMatch(id ->
                            moneyFacts(id) > 0 && digestsCiting(id, "fr") > 0 && digestsCiting(id, "en") > 0);
                });

        for (String articleId : articlesAbout109Billion()) {
            assertThat(moneyFacts(articleId)).as("MONEY 109000000000 EUR of article %s", articleId).isPositive();
            assertThat(digestsCiting(articleId, "fr")).as("fr digests citing %s", articleId).isPositive();
            assertThat(digestsCiting(articleId, "en")).as("en digests citing %s", articleId).isPositive();
        }
    }

    @Test
    @Order(2)
    void the_digest_topics_carry_the_digests_citing_that_article() {
        List<String> articles = articlesAbout109Billion();
        assertThat(articles).isNotEmpty();

        // the database notes a version as published once the broker acknowledged it; the topic is read until it shows them
        probe.await("the digest topics carrying a digest citing each of " + articles, PIPELINE_TIMEOUT, () -> List.of("fr", "en").stream()
                .allMatch(lang -> articles.stream().allMatch(id -> digestsOnTopic(lang).stream().anyMatch(d -> cites(d, id)))),
                () -> "stored digests citing them: " + articles.stream().map(id -> id + "=" + storedDigestsCiting(id, "fr")
                        + storedDigestsCiting(id, "en")).toList() + "\n");
        for (String lang : List.of("fr", "en")) {
            List<Digest> digests = digestsOnTopic(lang);
            assertThat(digests).as(Topics.digests(lang)).isNotEmpty().allMatch(d -> d.lang().equals(lang));
            for (String articleId : articles) {
                assertThat(digests).as("%s digests citing %s; in the database: %s", lang, articleId, storedDigestsCiting(articleId, lang))
                        .anyMatch(digest -> cites(digest, articleId));
            }
        }
    }

    @Test
    @Order(3)
    void every_story_gets_a_story_digest_per_language_citing_all_its_articles() {
        Map<String, List<String>> stories = storiesWithArticles();
        assertThat(stories.values()).as("a story with the three summit articles").anyMatch(articles -> articles.size() == 3);
        await("a STORY digest per story and language citing all of its articles", PIPELINE_TIMEOUT,
                () -> stories.entrySet().stream().allMatch(story -> List.of("fr", "en").stream()
                        .allMatch(lang -> latestStoryDigestCites(story.getKey(), lang, story.getValue()))));

        for (String lang : List.of("fr", "en")) {
            List<Digest> onTopic = kafka.readAll(Topics.digests(lang)).stream()
                    .map(record -> EventJson.read(record.value(), Digest.class)).toList();
            for (Map.Entry<String, List<String>> story : stories.entrySet()) {
                assertThat(onTopic).as("%s STORY digest of %s on %s", lang, story.getKey(), Topics.digests(lang))
                        .anyMatch(d -> d.kind() == Digest.Kind.STORY && d.subjectId().equals(story.getKey())
                                && story.getValue().stream().allMatch(id -> cites(d, id)));
            }
        }
    }

    @Test
    @Order(4)
    void the_day_gets_a_period_digest_in_each_language_on_the_topics_and_the_api() throws Exception {
        await("a PERIOD digest in fr and en listing the stories", PIPELINE_TIMEOUT,
                () -> count("select count(distinct lang) from summary.digest where kind = 'PERIOD' and subject_id not like '%/%' and published") == 2);

        for (String lang : List.of("fr", "en")) {
            assertThat(kafka.readAll(Topics.digests(lang)).stream().map(record -> EventJson.read(record.value(), Digest.class)))
                    .as("PERIOD digests on %s", Topics.digests(lang))
                    .anyMatch(d -> d.kind() == Digest.Kind.PERIOD && !d.items().isEmpty());
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.serviceUrl("summary-service")
                            + "/api/v1/digests?kind=PERIOD&lang=" + lang)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("\"kind\":\"PERIOD\"");
        }
    }

    @Test
    @Order(5)
    void every_digest_of_the_demo_is_wholly_in_its_readers_language_but_for_marked_quotes() {
        awaitQuiet();
        List<String> off = query("select lang, kind, title, items::text from summary.digest order by id, version", rs -> {
            List<String> found = new ArrayList<>();
            while (rs.next()) {
                String lang = rs.getString(1);
                String kind = rs.getString(2);
                List<String> texts = new ArrayList<>(List.of(rs.getString(3)));
                try {
                    EventJson.mapper().readTree(rs.getString(4)).forEach(item -> texts.add(item.path("text").asText()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                for (String text : texts) {
                    LanguageAudit.offLanguage(lang, text).forEach(o -> found.add(kind + " " + o));
                }
            }
            return found;
        });
        assertThat(off).as("digest sentences not in their reader's language").isEmpty();
    }

    @Test
    @Order(6)
    void replaying_every_raw_article_changes_no_article_fact_or_digest() {
        awaitQuiet();
        Map<String, Long> before = counts();
        assertThat(before.get("extractor.article")).isPositive();

        List<ConsumerRecord<String, String>> raw = kafka.readAll(Topics.ARTICLES_RAW);
        assertThat(raw).isNotEmpty();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (ConsumerRecord<String, String> record : raw) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, record.key(), record.value()));
            }
            producer.flush();
        }
        awaitQuiet();

        System.out.printf("PipelineIT: replayed %d raw records; counts before %s, after %s%n", raw.size(), before, counts());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void a_syndicated_copy_joins_its_originals_story_and_gets_no_article_digest_of_its_own() throws Exception {
        awaitQuiet();
        assertThat(count("select count(*) from extractor.article where copy_of is not null")).as("copies among the demo articles").isZero();
        ConsumerRecord<String, String> original = kafka.readAll(Topics.ARTICLES_RAW).get(0);
        RawArticle raw = EventJson.read(original.value(), RawArticle.class);
        // The same wire text on another site's URL, under another headline, with no canonical link back.
        String url = raw.url().replace("/articles/", "/wire/");
        String html = raw.html().replaceAll("(?is)<link[^>]*rel=[\"']?canonical[^>]*>", "")
                .replaceAll("(?is)<meta[^>]*property=[\"']?og:url[^>]*>", "")
                .replaceFirst("(?is)<title>", "<title>Dépêche : ");
        RawArticle copy = new RawArticle(raw.schemaVersion(), url, url, "wire", raw.languageHint(), raw.feedItem(), raw.fetchedAt(),
                raw.status(), raw.contentType(), raw.charset(), html, raw.truncated());
        long digestsBefore = count("select count(*) from summary.digest where kind = 'ARTICLE'");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, url, EventJson.write(copy))).get();
        }
        await("the copy extracted and its story digest citing it", PIPELINE_TIMEOUT, () -> {
            String copyId = query("select id from extractor.article where url = ?", rs -> rs.next() ? rs.getString(1) : null, url);
            if (copyId == null) {
                return false;
            }
            String storyId = storyOf(copyId);
            return latestStoryDigestCites(storyId, "fr", List.of(copyId)) && latestStoryDigestCites(storyId, "en", List.of(copyId));
        });
        awaitQuiet();

        String copyId = query("select id from extractor.article where url = ?", rs -> rs.next() ? rs.getString(1) : null, url);
        String originalId = query("select copy_of from extractor.article where id = ?", rs -> rs.next() ? rs.getString(1) : null, copyId);
        assertThat(originalId).as("the copy names its original").isNotNull();
        String copyStory = storyOf(copyId);
        assertThat(copyStory).as("the copy's story").isEqualTo(storyOf(originalId));
        assertThat(count("select count(*) from summary.digest where kind = 'ARTICLE' and subject_id = ?", copyId))
                .as("ARTICLE digests of the copy").isZero();
        assertThat(count("select count(*) from summary.digest where kind = 'ARTICLE'")).isEqualTo(digestsBefore);
    }

    // --- the database ---------------------------------------------------------------------------

    private static String storyOf(String articleId) {
        return query("select story_id from extractor.article where id = ?", rs -> rs.next() ? rs.getString(1) : null, articleId);
    }

    private static List<String> articlesAbout109Billion() {
        return query("select id from extractor.article where text like ? or text like ? order by id", rs -> {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        }, "%109 milliards d'euros%", "%109 milliards d’euros%");
    }

    /** Story id to its article ids, as the extractor grouped them. */
    private static Map<String, List<String>> storiesWithArticles() {
        return query("select story_id, id from extractor.article where story_id is not null order by story_id, id", rs -> {
            Map<String, List<String>> stories = new LinkedHashMap<>();
            while (rs.next()) {
                stories.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            return stories;
        });
    }

    private static boolean latestStoryDigestCites(String storyId, String lang, List<String> articleIds) {
        String latest = query("select items::text from summary.digest where kind = 'STORY' and subject_id = ? and lang = ?"
                + " order by version desc limit 1", rs -> rs.next() ? rs.getString(1) : "", storyId, lang);
        return articleIds.stream().allMatch(latest::contains);
    }

    private static long moneyFacts(String articleId) {
        return count("select count(*) from extractor.fact where article_id = ? and type = 'MONEY'"
                + " and value = 109000000000 and currency = 'EUR'", articleId);
    }

    @Test
    @Order(8)
    void the_admin_endpoints_need_the_stacks_key_and_the_crawler_fetches_no_other_loopback_port() throws Exception {
        String crawler = stack.serviceUrl("crawler-service");
        String summary = stack.serviceUrl("summary-service");
        assertThat(call("GET", crawler + "/api/v1/sources", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", summary + "/api/v1/llm", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", summary + "/api/v1/llm", stack.adminKey(), null).statusCode()).isEqualTo(200);

        String demoFeed = stack.demoSite().orElseThrow().feedUrl();
        assertThat(fetch(crawler, demoFeed).statusCode()).isEqualTo(200);
        String database = stack.database().jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "http://$1/");
        for (String internal : List.of(summary + "/api/v1/llm", crawler + "/api/v1/sources", database,
                stack.services().get(0).managementUrl() + "/q/metrics")) {
            java.net.http.HttpResponse<String> refused = fetch(crawler, internal);
            assertThat(refused.statusCode()).as(internal).isEqualTo(400);
            assertThat(refused.body()).as(internal).contains("urn:veille:problem:url-refused");
        }
    }

    private static java.net.http.HttpResponse<String> fetch(String crawler, String url) throws Exception {
        return call("POST", crawler + "/api/v1/fetch", stack.adminKey(), "{\"url\": \"" + url + "\"}");
    }

    private static java.net.http.HttpResponse<String> call(String method, String url, String key, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A digest cites the article when it is its subject or when the article id appears in its items;
     * published ones only, since a digest row is written before the broker has it and the next test reads the topics.
     */
    private static long digestsCiting(String articleId, String lang) {
        return count("select count(*) from summary.digest d where d.lang = ? and d.published"
                + " and (d.subject_id = ? or strpos(d::text, ?) > 0)", lang, articleId, articleId);
    }

    /** The stored digest versions that mention the article, for a failure message. */
    private static List<String> storedDigestsCiting(String articleId, String lang) {
        return query("select kind, subject_id, version, published, created_at from summary.digest d where d.lang = ?"
                + " and (d.subject_id = ? or strpos(d::text, ?) > 0)", rs -> {
                    List<String> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2) + " v" + rs.getInt(3) + " published=" + rs.getBoolean(4)
                                + " at " + rs.getString(5));
                    }
                    return rows;
                }, lang, articleId, articleId);
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("extractor.article", "extractor.fact", "summary.digest", "summary.pending_digest")) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    private static long count(String sql, Object... params) {
        return probe.count(sql, params);
    }

    private static <T> T query(String sql, StackProbe.Rows<T> rows, Object... params) {
        return probe.query(sql, rows, params);
    }

    // --- Kafka ----------------------------------------------------------------------------------

    private static List<Digest> digestsOnTopic(String lang) {
        return kafka.readAll(Topics.digests(lang)).stream().map(record -> EventJson.read(record.value(), Digest.class)).toList();
    }

    private static boolean cites(Digest digest, String articleId) {
        return articleId.equals(digest.subjectId()) || digest.items().stream()
                .flatMap(item -> item.citations().stream())
                .anyMatch(citation -> articleId.equals(citation.articleId()));
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    // --- issue 14: the demo's topic and watch, created through the API, through every channel ---------

    @Test
    @Order(10)
    void the_watch_created_through_the_api_reaches_its_webhook_signed() throws Exception {
        new SubscriptionChecks(stack, probe, ends).webhookCallsAreSignedAndCarryWatchedDigests();
    }

    @Test
    @Order(11)
    void the_watch_has_a_valid_atom_feed_that_answers_304_when_unchanged() throws Exception {
        new SubscriptionChecks(stack, probe, ends).watchFeedIsValidAndConditional();
    }

    @Test
    @Order(12)
    void the_topics_e_mail_digest_reaches_the_smtp_server_with_an_unsubscribe_link() throws Exception {
        new SubscriptionChecks(stack, probe, ends).topicEmailArrives();
    }

    @Test
    @Order(13)
    void an_sse_reconnect_with_last_event_id_replays_exactly_what_it_missed() throws Exception {
        new SubscriptionChecks(stack, probe, ends).sseReplaysFromLastEventId();
    }

    @Test
    @Order(14)
    void a_failing_webhook_gets_the_digest_on_its_fourth_try_and_a_silent_one_is_dead_lettered() {
        new SubscriptionChecks(stack, probe, ends).retriesAndDeadLetters();
    }

    /** Both consumer groups have caught up and the tables stopped changing. */
    @Test
    @Order(20)
    void stopping_the_stack_logs_no_error_in_any_service() throws IOException {
        kafka.close();
        kafka = null;
        stack.close();
        List<String> errors = new ArrayList<>();
        try (Stream<Path> logs = Files.list(stack.options().logDir())) {
            for (Path log : logs.sorted().toList()) {
                try (Stream<String> lines = Files.lines(log)) {
                    lines.filter(line -> line.contains("\"level\":\"ERROR\""))
                            .forEach(line -> errors.add(log.getFileName() + ": " + line.substring(0, Math.min(400, line.length()))));
                }
            }
        }
        assertThat(errors).as("ERROR lines in the services' logs, start to shutdown").isEmpty();
    }

    private static void awaitQuiet() {
        Map<String, Long> previous = new HashMap<>();
        await("veille-extractor and veille-summary without lag and stable counts", REPLAY_TIMEOUT, () -> {
            boolean caughtUp = kafka.lag(EXTRACTOR_GROUP, Topics.ARTICLES_RAW) == 0
                    && kafka.lag(SUMMARY_GROUP, Topics.ARTICLES_EXTRACTED) == 0;
            Map<String, Long> now = counts();
            boolean stable = now.equals(previous) && now.get("summary.pending_digest") == 0;
            previous.clear();
            previous.putAll(now);
            return caughtUp && stable;
        });
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) {
        probe.await(what, timeout, condition, () -> {
            try {
                return "counts: " + counts() + "\n";
            } catch (RuntimeException e) {
                return "counts unavailable: " + e.getMessage() + "\n";
            }
        });
    }

    // --- files ----------------------------------------------------------------------------------

    /** The services' logs outlive the temporary data directory, for whoever reads a failed build. */
    static void keepLogs(StackOptions options, String into) throws IOException {
        Path target = options.home().resolve("deploy/local/target").resolve(into);
        Files.createDirectories(target);
        if (Files.isDirectory(options.logDir())) {
            try (Stream<Path> logs = Files.list(options.logDir())) {
                for (Path log : logs.toList()) {
                    Files.copy(log, target.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
