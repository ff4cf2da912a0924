package io.veille.crawler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.veille.contracts.EventJson;
import io.veille.contracts.RawArticle;
import io.veille.contracts.Topics;
import io.veille.contracts.UrlHash;
import io.veille.infra.VeilleTestResources;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedSiteResource.class, restrictToAnnotatedClass = false)
class CrawlerPipelineTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    FeedSite site;

    @Test
    void each_feed_item_is_published_once_even_when_the_source_is_polled_again() {
        List<ConsumerRecord<String, String>> records = readUntil(2);
        assertThat(records).hasSize(2);
        Map<String, RawArticle> byKey = new java.util.HashMap<>();
        records.forEach(r -> byKey.put(r.key(), EventJson.read(r.value(), RawArticle.class)));

        String one = site.base() + "/articles/one.html";
        String two = site.base() + "/articles/two.html";
        assertThat(byKey).containsOnlyKeys(UrlHash.of(one), UrlHash.of(two));
        RawArticle first = byKey.get(UrlHash.of(one));
        assertThat(first.canonicalUrl()).isEqualTo(one);
        assertThat(first.sourceId()).isEqualTo("site");
        assertThat(first.languageHint()).isEqualTo("fr");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.charset()).isEqualTo("UTF-8");
        assertThat(first.html()).contains("<h1>Article one.html</h1>", "109 milliards d'euros");
        assertThat(first.truncated()).isFalse();
        assertThat(first.feedItem().title()).isEqualTo("Sommet IA : 109 milliards d'euros");
        assertThat(first.feedItem().categories()).containsExactly("Économie");
        assertThat(byKey.get(UrlHash.of(two)).feedItem().summary()).isEqualTo("Un partenariat.");

        Instant before = lastPolled("site");
        admin().post("/api/v1/sources/site/poll").then().statusCode(202).body("sourceId", equalTo("site"));
        await(() -> {
            Instant after = lastPolled("site");
            return after != null && after.isAfter(before);
        });

        assertThat(site.hits("/feed.xml")).isEqualTo(2);
        assertThat(site.hits("/articles/one.html")).as("a published article is not fetched again").isEqualTo(1);
        assertThat(readUntil(3)).as("nothing more was published").hasSize(2);
        admin().get("/api/v1/sources").then().statusCode(200)
                .body("find { it.id == 'site' }.published", equalTo(2))
                .body("find { it.id == 'site' }.lastError", equalTo(null));
    }

    @Test
    void a_broken_feed_is_recorded_and_the_service_stays_ready() {
        await(() -> admin().get("/api/v1/sources").jsonPath().getInt("find { it.id == 'broken' }.feedErrors") >= 1);
        admin().get("/api/v1/sources").then()
                .body("find { it.id == 'broken' }.lastError", containsString("not a readable RSS or Atom feed"))
                .body("find { it.id == 'broken' }.language", equalTo("en"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_sources_polling_and_fetching_need_an_admin_key() {
        given().get("/api/v1/sources").then().statusCode(401).contentType("application/problem+json");
        given().post("/api/v1/sources/site/poll").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", site.base() + "/articles/one.html"))
                .post("/api/v1/fetch").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void polling_an_unknown_source_is_a_404_problem() {
        admin().post("/api/v1/sources/nope/poll").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void the_fetch_endpoint_returns_the_page_through_the_guards() {
        admin().contentType(ContentType.JSON).body(Map.of("url", site.base() + "/articles/one.html"))
                .post("/api/v1/fetch").then().statusCode(200)
                .body("status", equalTo(200))
                .body("finalUrl", equalTo(site.base() + "/articles/one.html"))
                .body("charset", equalTo("UTF-8"))
                .body("truncated", equalTo(false))
                .body("html", containsString("109 milliards"));
    }

    @Test
    void the_fetch_endpoint_refuses_private_addresses_and_other_schemes_with_a_problem() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "file:///etc/passwd")) {
            admin().contentType(ContentType.JSON).body(Map.of("url", url))
                    .post("/api/v1/fetch").then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("URL refused"));
        }
    }

    @Test
    void the_fetch_endpoint_answers_502_when_the_target_is_down_and_400_on_bad_json() {
        admin().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:" + site.unreachablePort() + "/"))
                .post("/api/v1/fetch").then().statusCode(502).contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body("{\"url\": ")
                .post("/api/v1/fetch").then().statusCode(400).contentType("application/problem+json");
        admin().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/fetch").then().statusCode(400).contentType("application/problem+json");
    }

    /** The admin key of the test profile: every endpoint here fetches, polls or shows the configuration. */
    private static RequestSpecification admin() {
        return given().header("X-API-Key", "test-admin-key");
    }

    private static Instant lastPolled(String id) {
        String value = admin().get("/api/v1/sources").jsonPath().getString("find { it.id == '" + id + "' }.lastPolled");
        return value == null ? null : Instant.parse(value);
    }

    /** Reads the raw topic from the start until {@code wanted} records of source "site" arrived or the topic is drained. */
    private static List<ConsumerRecord<String, String>> readUntil(int wanted) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "crawler-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.ARTICLES_RAW));
            Instant deadline = Instant.now().plus(PATIENCE);
            int emptyPollsAfterData = 0;
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(r -> {
                    if ("site".equals(EventJson.read(r.value(), RawArticle.class).sourceId())) {
                        found.add(r);
                    }
                });
                // Once the partitions are assigned and read to their end, more waiting only proves a negative slowly.
                if (batch.isEmpty() && !consumer.assignment().isEmpty() && !found.isEmpty()
                        && consumer.endOffsets(consumer.assignment()).entrySet().stream()
                        .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    if (++emptyPollsAfterData >= 2) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
