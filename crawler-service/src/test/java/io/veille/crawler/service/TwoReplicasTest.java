package io.veille.crawler.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.veille.crawler.config.CrawlerConfig;
import io.veille.crawler.it.FeedSite;
import io.veille.crawler.it.FeedSiteResource;
import io.veille.crawler.poll.SourcePoller;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceLeases;
import io.veille.crawler.source.SourceRegistry;
import io.veille.crawler.source.SourceSeed;
import io.veille.infra.VeilleTestResources;

/** Two crawler replicas (each its own schedule and name) sharing one database poll a due source once between them. */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FeedSiteResource.class, restrictToAnnotatedClass = false)
class TwoReplicasTest {

    FeedSite site;

    @Inject
    SourceRegistry registry;
    @Inject
    SourceSeed seed;
    @Inject
    SourcePoller poller;
    @Inject
    SourceStateStore states;
    @Inject
    SourceLeases leases;
    @Inject
    CrawlerConfig config;

    @Test
    void a_due_source_is_polled_by_one_replica_only() throws Exception {
        // Paused, so this application's own scheduler leaves it to the two replicas below.
        given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON)
                .body(Map.of("id", "two-replicas", "feed", site.base() + "/articles/replicas-feed.xml", "pollInterval", "1h",
                        "paused", true))
                .post("/api/v1/sources").then().statusCode(201);
        Source source = registry.find("two-replicas").orElseThrow();
        PollJob a = replica("replica-a");
        PollJob b = replica("replica-b");
        try {
            CountDownLatch go = new CountDownLatch(1);
            Thread ta = Thread.ofPlatform().start(() -> awaitThen(go, () -> a.start(source, false)));
            Thread tb = Thread.ofPlatform().start(() -> awaitThen(go, () -> b.start(source, false)));
            go.countDown();
            ta.join();
            tb.join();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (states.load("two-replicas").map(s -> s.lastPolled()).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1500);
            assertThat(states.load("two-replicas").map(s -> s.lastPolled())).isPresent();
            assertThat(site.hits("/articles/replicas-feed.xml")).isEqualTo(1);
        } finally {
            a.stop();
            b.stop();
        }
    }

    private PollJob replica(String name) {
        CrawlerConfig named = (CrawlerConfig) Proxy.newProxyInstance(CrawlerConfig.class.getClassLoader(),
                new Class<?>[] {CrawlerConfig.class}, (proxy, method, args) -> method.getName().equals("instanceId")
                        ? Optional.of(name) : method.invoke(config, args));
        return new PollJob(registry, seed, new PollSchedule(), poller, states, leases, named, 0);
    }

    private static void awaitThen(CountDownLatch go, Runnable action) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        action.run();
    }
}
