package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class HostPolitenessTest {

    /** A fake clock that sleeping advances, so delays are checked exactly and without waiting. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Long> sleeps = new ArrayList<>();
    private final HostPoliteness politeness = new HostPoliteness(Duration.ofSeconds(1), now::get, nanos -> {
        sleeps.add(nanos);
        now.addAndGet(nanos);
    });

    @Test
    void the_first_request_to_a_host_does_not_wait() throws Exception {
        politeness.withHost("a.example", turn -> "ok");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_second_request_to_the_same_host_waits_out_the_minimum_delay() throws Exception {
        politeness.withHost("a.example", turn -> now.addAndGet(200_000_000L));
        now.addAndGet(300_000_000L);
        politeness.withHost("A.example", turn -> "ok");
        assertThat(sleeps).containsExactly(700_000_000L);
    }

    @Test
    void other_hosts_do_not_wait_and_a_delay_already_passed_costs_nothing() throws Exception {
        politeness.withHost("a.example", turn -> "ok");
        politeness.withHost("b.example", turn -> "ok");
        now.addAndGet(2_000_000_000L);
        politeness.withHost("a.example", turn -> "ok");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a_host_serves_one_request_at_a_time() throws Exception {
        HostPoliteness real = new HostPoliteness(Duration.ZERO);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return real.withHost("a.example", turn -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                        return null;
                    });
                }));
            }
            go.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(maxInside.get()).isEqualTo(1);
    }
}
