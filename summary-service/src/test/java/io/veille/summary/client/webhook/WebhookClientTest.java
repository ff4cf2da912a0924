package io.veille.summary.client.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;
import io.veille.summary.config.DeliveryConfig;

/** The webhook call on a real server on 127.0.0.1, with DNS as a seam: what the guard judged is what is connected to. */
class WebhookClientTest {

    private WireMockServer target;

    @BeforeEach
    void start() {
        target = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        target.start();
    }

    @AfterEach
    void stop() {
        target.stop();
    }

    private static DeliveryConfig config() {
        return new DeliveryConfig() {
            public Optional<List<String>> allowPrivateHosts() { return Optional.empty(); }
            public int maxAttempts() { return 3; }
            public Duration backoffInitial() { return Duration.ofMillis(100); }
            public Duration backoffMax() { return Duration.ofSeconds(1); }
            public Duration connectTimeout() { return Duration.ofSeconds(1); }
            public Duration timeout() { return Duration.ofSeconds(2); }
            public Duration pollEvery() { return Duration.ofSeconds(1); }
            public int batchSize() { return 10; }
            public Duration lease() { return Duration.ofMinutes(1); }
            public String publicUrl() { return "http://127.0.0.1"; }
            public Email email() { throw new UnsupportedOperationException("the webhook client sends no e-mail"); }
        };
    }

    private WebhookClient client(HostResolver dns, String allowed) {
        return new WebhookClient(new AddressGuard(dns, Set.of(HostPort.parse(allowed))), config());
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("hooks.example", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_call_goes_to_the_address_the_guard_judged_with_the_headers_and_body() {
        target.stubFor(post(urlEqualTo("/in")).willReturn(aResponse().withStatus(202)));
        // hooks.example exists only in this resolver: reaching the server proves the judged address is used
        WebhookClient client = client(host -> List.of(loopback()), "hooks.example:" + target.port());

        WebhookClient.Answer answer = client.post(URI.create("http://hooks.example:" + target.port() + "/in"),
                Map.of("Content-Type", "application/json", "Veille-Delivery", "7"), "{\"a\":1}");

        assertThat(answer).isEqualTo(new WebhookClient.Answer(202, null));
        target.verify(postRequestedFor(urlEqualTo("/in")).withHeader("Veille-Delivery", equalTo("7"))
                .withRequestBody(equalTo("{\"a\":1}")));
    }

    @Test
    void dns_is_asked_again_at_each_call_so_a_name_rebound_to_a_private_address_is_refused() {
        target.stubFor(post(urlEqualTo("/in")).willReturn(aResponse().withStatus(200)));
        AtomicInteger lookups = new AtomicInteger();
        // first a public address (documentation range, nothing answers there), then loopback, where the server is
        HostResolver rebinding = host -> lookups.incrementAndGet() == 1
                ? List.of(InetAddress.getByAddress(host, new byte[] {(byte) 203, 0, 113, 5}))
                : List.of(loopback());
        WebhookClient client = client(rebinding, "elsewhere.example:1");
        URI url = URI.create("http://hooks.example:" + target.port() + "/in");

        WebhookClient.Answer first = client.post(url, Map.of(), "{}");
        WebhookClient.Answer second = client.post(url, Map.of(), "{}");

        assertThat(first.status()).isZero();
        assertThat(first.error()).doesNotContain("non-public");
        assertThat(second.status()).isZero();
        assertThat(second.error()).contains("non-public address (127.0.0.1)");
        assertThat(lookups).hasValue(2);
        assertThat(target.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_private_address_that_is_not_allow_listed_is_not_called() {
        target.stubFor(post(urlEqualTo("/in")).willReturn(aResponse().withStatus(200)));
        WebhookClient client = client(host -> List.of(loopback()), "hooks.example:1");

        WebhookClient.Answer answer = client.post(URI.create("http://hooks.example:" + target.port() + "/in"), Map.of(), "{}");

        assertThat(answer.status()).isZero();
        assertThat(answer.error()).contains("non-public address (127.0.0.1)");
        assertThat(target.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_redirect_is_a_failed_attempt_not_followed_and_a_long_answer_is_cut() {
        target.stubFor(post(urlEqualTo("/moved")).willReturn(aResponse().withStatus(307).withHeader("Location", "/in")));
        target.stubFor(post(urlEqualTo("/big")).willReturn(aResponse().withStatus(500).withBody("x".repeat(1_000_000))));
        WebhookClient client = client(host -> List.of(loopback()), "hooks.example:" + target.port());

        assertThat(client.post(URI.create("http://hooks.example:" + target.port() + "/moved"), Map.of(), "{}").status()).isEqualTo(307);
        assertThat(target.findAll(postRequestedFor(urlEqualTo("/in")))).isEmpty();
        WebhookClient.Answer big = client.post(URI.create("http://hooks.example:" + target.port() + "/big"), Map.of(), "{}");
        assertThat(big.status()).isEqualTo(500);
        assertThat(big.error()).startsWith("HTTP 500: xxx").hasSizeLessThan(400);
    }
}
