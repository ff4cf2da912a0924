package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.veille.crawler.site.LocalSite;
import io.veille.crawler.site.LocalSite.Answer;
import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;

/** A name that answers a public address when checked and a private one when connected must never reach the private one. */
class DnsRebindingTest {

    private LocalSite site;
    private final AtomicInteger lookups = new AtomicInteger();

    /** First a public address (TEST-NET-3, which routes nowhere), then loopback, where the "internal" site listens. */
    private final HostResolver rebinding = host -> {
        if (!host.equals("rebind.example")) {
            return List.of(InetAddress.getAllByName(host));
        }
        return lookups.getAndIncrement() == 0 ? List.of(address("203.0.113.7")) : List.of(InetAddress.getLoopbackAddress());
    };

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.on("/internal", Answer.ok("text/plain", "secret"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void the_connection_goes_to_the_address_that_was_checked_and_a_second_answer_is_never_asked_for() {
        try (GuardedFetcher fetcher = fetcher(Set.of())) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(
                    java.net.URI.create("http://rebind.example:" + site.port() + "/internal"))))
                    .isInstanceOf(FetchFailedException.class).hasMessageContaining("rebind.example");
        }
        assertThat(site.hits("/internal")).as("loopback never contacted").isEmpty();
        assertThat(lookups).as("one lookup, judged and used").hasValue(1);
    }

    @Test
    void a_redirect_hop_is_resolved_and_judged_again() {
        site.on("/to-rebind", Answer.status(302).with("Location", "http://rebind.example:" + site.port() + "/internal"));
        lookups.set(1); // the name now answers loopback
        try (GuardedFetcher fetcher = fetcher(Set.of(new HostPort("127.0.0.1", site.port())))) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(site.url("/to-rebind"))))
                    .isInstanceOf(FetchRefusedException.class).hasMessageContaining("non-public address (127.0.0.1)");
        }
        assertThat(site.hits("/internal")).isEmpty();
    }

    private GuardedFetcher fetcher(Set<HostPort> allowed) {
        return new GuardedFetcher(new AddressGuard(rebinding, allowed), new HostPoliteness(Duration.ZERO),
                new FetchLimits(Duration.ofMillis(500), Duration.ofSeconds(2), 3, 10_000, 100, "VeilleBot/test"));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
