package io.veille.summary.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.persist.PublishLock;

/**
 * The lock two summary replicas take before sending a digest version: a second holder of the same
 * key (another replica, here another thread with its own transaction) waits until the first one's
 * transaction ended; another key does not wait.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class PublishLockTest {

    @Inject
    PublishLock lock;

    @Test
    void a_second_holder_of_a_key_waits_for_the_first_and_another_key_does_not() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> lock.holding("digest-a@1", () -> {
            events.add("first in");
            firstHolds.countDown();
            await(releaseFirst);
            events.add("first out");
            return null;
        }));
        assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lock.holding("digest-a@1", () -> {
            events.add("second in");
            return null;
        }));
        // another key is free meanwhile
        lock.holding("digest-b@1", () -> events.add("other key"));
        assertThat(second).isNotDone();
        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertThat(events).containsExactly("first in", "other key", "first out", "second in");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
