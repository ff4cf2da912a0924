package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.veille.contracts.http.RetryAfter;
import io.veille.crawler.site.LocalSite;
import io.veille.crawler.site.LocalSite.Answer;
import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;

class AdaptivePolitenessTest {

    private LocalSite site;
    private GuardedFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        AtomicInteger calls = new AtomicInteger();
        site.on("/busy", () -> calls.getAndIncrement() == 0 ? Answer.status(429).with("Retry-After", "3")
                : Answer.ok("text/html", "<p>ok</p>"));
        site.on("/page", Answer.ok("text/html", "<p>page</p>"));
        site.on("/long-wait", Answer.status(503).with("Retry-After", "3600"));
        HostPoliteness politeness = new HostPoliteness(HostPoliteness.Settings.of(Duration.ZERO));
        fetcher = new GuardedFetcher(new AddressGuard(HostResolver.system(), Set.of(new HostPort("127.0.0.1", site.port()))),
                politeness, new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 100_000, 100, "VeilleBot/test"));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void a_429_with_retry_after_3_delays_the_next_request_to_that_host_by_at_least_3_seconds() {
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/busy"))).status()).isEqualTo(429);
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/page"))).status()).isEqualTo(200);
        assertThat(site.gapBetween("/busy", "/page")).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void a_retry_after_longer_than_a_fetch_may_wait_defers_the_next_fetch_without_contacting_the_host() {
        assertThat(fetcher.fetch(FetchRequest.of(site.url("/long-wait"))).status()).isEqualTo(503);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/page"))))
                .isInstanceOf(HostBackedOffException.class).hasMessageContaining("backed off until");
        assertThat(site.hits("/page")).isEmpty();
    }

    @Test
    void retry_after_is_read_in_seconds_and_as_an_http_date() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void errors_back_off_exponentially_and_an_answer_resets_the_pause() throws Exception {
        AtomicLong clock = new AtomicLong();
        List<Long> slept = new ArrayList<>();
        HostPoliteness.Settings settings = new HostPoliteness.Settings(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMinutes(1), 100);
        HostPoliteness politeness = new HostPoliteness(settings, clock::get, nanos -> {
            slept.add(nanos);
            clock.addAndGet(nanos);
        });
        for (int i = 0; i < 5; i++) {
            politeness.withHost("a.example", turn -> {
                turn.answered(500, null);
                return null;
            });
        }
        politeness.withHost("a.example", turn -> {
            turn.answered(200, null);
            return null;
        });
        politeness.withHost("a.example", turn -> null);
        assertThat(slept).containsExactly(1_000_000_000L, 2_000_000_000L, 4_000_000_000L, 5_000_000_000L, 5_000_000_000L);
    }

    @Test
    void a_sources_own_delay_replaces_the_default_pause() throws Exception {
        AtomicLong clock = new AtomicLong();
        List<Long> slept = new ArrayList<>();
        HostPoliteness politeness = new HostPoliteness(Duration.ofSeconds(1), clock::get, nanos -> {
            slept.add(nanos);
            clock.addAndGet(nanos);
        });
        politeness.withHost("a.example", Duration.ofSeconds(7), turn -> null);
        politeness.withHost("a.example", Duration.ofSeconds(7), turn -> null);
        assertThat(slept).containsExactly(7_000_000_000L);
    }

    @Test
    void the_state_is_bounded_and_the_least_recently_used_host_is_forgotten() throws Exception {
        HostPoliteness.Settings settings = new HostPoliteness.Settings(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofMinutes(1), 3);
        HostPoliteness politeness = new HostPoliteness(settings);
        for (int i = 0; i < 1000; i++) {
            politeness.withHost("host" + i + ".example", turn -> null);
        }
        assertThat(politeness.size()).isEqualTo(3);
    }
}
