package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.veille.crawler.fetch.HostPoliteness;
import io.veille.contracts.net.AddressGuard;
import io.veille.contracts.net.HostPort;
import io.veille.contracts.net.HostResolver;

class GuardedFetcherTest {

    private HttpServer server;
    private HttpServer neighbour;
    private final AtomicInteger neighbourHits = new AtomicInteger();
    private String base;
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private GuardedFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        // Another service on the same machine, on a port nobody allow-listed (a database, an admin API).
        neighbour = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        neighbour.createContext("/", exchange -> {
            neighbourHits.incrementAndGet();
            respond(exchange, 200, "text/plain", "internal".getBytes());
        });
        neighbour.start();
        String neighbourUrl = "http://127.0.0.1:" + neighbour.getAddress().getPort() + "/";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/to-neighbour", exchange -> redirect(exchange, neighbourUrl));
        server.createContext("/to-localhost-neighbour", exchange -> redirect(exchange,
                neighbourUrl.replace("127.0.0.1", "localhost")));
        server.createContext("/latin", exchange -> respond(exchange, 200, "text/html; charset=ISO-8859-15",
                "<p>Prix : 10 €</p>".getBytes(Charset.forName("ISO-8859-15"))));
        server.createContext("/meta", exchange -> respond(exchange, 200, "text/html",
                "<html><head><meta charset=\"windows-1252\"></head><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"))));
        server.createContext("/big", exchange -> respond(exchange, 200, "text/html", new byte[10_000]));
        server.createContext("/to-latin", exchange -> redirect(exchange, "/latin"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data"));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/plain", "gone".getBytes()));
        server.createContext("/etag", exchange -> {
            userAgents.put("etag", exchange.getRequestHeaders().getFirst("User-Agent"));
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            respond(exchange, 200, "application/rss+xml", "<rss/>".getBytes());
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = fetcherAllowing(Set.of(new HostPort("127.0.0.1", server.getAddress().getPort())));
    }

    private static GuardedFetcher fetcherAllowing(Set<HostPort> allowed) {
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, 1000, 100, "VeilleBot/test");
        return new GuardedFetcher(new AddressGuard(HostResolver.system(), allowed), new HostPoliteness(Duration.ZERO), limits);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.stop(0);
        neighbour.stop(0);
    }

    @Test
    void the_charset_comes_from_the_content_type() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(base + "/latin")));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(result.text()).isEqualTo("<p>Prix : 10 €</p>");
    }

    @Test
    void without_one_the_meta_charset_is_honoured() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(base + "/meta")));
        assertThat(result.text()).contains("café");
    }

    @Test
    void redirects_are_followed_and_the_final_url_reported() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(base + "/to-latin")));
        assertThat(result.url()).isEqualTo(URI.create(base + "/to-latin"));
        assertThat(result.finalUrl()).isEqualTo(URI.create(base + "/latin"));
        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void a_redirect_to_a_private_address_is_refused_before_it_is_contacted() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(URI.create(base + "/to-metadata"))))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("169.254.169.254");
    }

    @Test
    void a_redirect_from_an_allow_listed_loopback_page_to_another_loopback_port_is_refused() {
        String neighbourPort = ":" + neighbour.getAddress().getPort();
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(URI.create(base + "/to-neighbour"))))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("127.0.0.1" + neighbourPort);
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(URI.create(base + "/to-localhost-neighbour"))))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("localhost" + neighbourPort);
        assertThat(neighbourHits).hasValue(0);
    }

    @Test
    void a_sources_trusted_origin_covers_its_own_port_and_not_a_redirect_elsewhere() {
        HostPort origin = HostPort.of(URI.create(base));
        try (GuardedFetcher strict = fetcherAllowing(Set.of())) {
            assertThat(strict.fetch(FetchRequest.of(URI.create(base + "/latin"), origin)).status()).isEqualTo(200);
            assertThatThrownBy(() -> strict.fetch(FetchRequest.of(URI.create(base + "/to-neighbour"), origin)))
                    .isInstanceOf(FetchRefusedException.class);
            assertThatThrownBy(() -> strict.fetch(FetchRequest.of(URI.create(base + "/latin"))))
                    .isInstanceOf(FetchRefusedException.class);
        }
        assertThat(neighbourHits).hasValue(0);
    }

    @Test
    void a_redirect_loop_stops_at_the_limit() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(URI.create(base + "/loop"))))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("more than 3 redirects");
    }

    @Test
    void a_body_over_the_cap_is_cut_and_marked_truncated() {
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create(base + "/big")));
        assertThat(result.body()).hasSize(1000);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void an_error_status_is_an_answer_not_an_exception() {
        assertThat(fetcher.fetch(FetchRequest.of(URI.create(base + "/missing"))).status()).isEqualTo(404);
    }

    @Test
    void a_closed_port_is_a_failure_of_the_target() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (GuardedFetcher allowingClosedPort = fetcherAllowing(Set.of(new HostPort("127.0.0.1", closedPort)))) {
            assertThatThrownBy(() -> allowingClosedPort.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + closedPort + "/"))))
                    .isInstanceOf(FetchFailedException.class);
        }
    }

    @Test
    void a_conditional_get_with_the_known_etag_gets_not_modified_and_the_user_agent_names_veille() {
        FetchResult first = fetcher.fetch(FetchRequest.of(URI.create(base + "/etag")));
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResult second = fetcher.fetch(new FetchRequest(URI.create(base + "/etag"), null, first.etag(), null));
        assertThat(second.notModified()).isTrue();
        assertThat(userAgents.get("etag")).isEqualTo("VeilleBot/test");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
