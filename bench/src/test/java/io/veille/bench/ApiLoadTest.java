package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiLoadTest {

    private static final String LIST = """
            {"items":[{"id":"d-1","lang":"fr","title":"Un"},{"id":"d 2","lang":"fr","title":"Deux"},
            {"id":"d-3","lang":"fr","title":"Trois"},{"id":"d-4","lang":"fr","title":"Quatre"}],
            "page":0,"size":20,"total":4}""";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicLong> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> keys = new ConcurrentHashMap<>();

    @BeforeEach
    void startFakeSummaryService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/digests", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, k -> new AtomicLong()).incrementAndGet();
        keys.computeIfAbsent(String.valueOf(exchange.getRequestHeaders().getFirst("X-API-Key")), k -> new AtomicLong())
                .incrementAndGet();
        boolean known = path.equals("/api/v1/digests") || path.equals("/api/v1/digests/d-1") || path.equals("/api/v1/digests/d%202");
        byte[] body = (path.equals("/api/v1/digests") ? LIST : known ? "{\"id\":\"x\"}" : "{\"status\":404}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(known ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void aOneSecondRunReadsTheListsAndTheDiscoveredDigestsAndWritesTheResult() throws Exception {
        Path out = dir.resolve("nested/load.json");
        ApiLoad.Options options = ApiLoad.Options.parse(new String[] {"--url", url() + "/", "--concurrency", "2",
                "--warmup", "0", "--duration", "1", "--ids", "2", "--out", out.toString()}, dir);

        ApiLoad.Result result = ApiLoad.run(options, new PrintStream(OutputStream.nullOutputStream()));
        ApiLoad.write(result, out);

        assertThat(result.paths()).extracting(ApiLoad.PathResult::path).containsExactly("/api/v1/digests?lang=fr",
                "/api/v1/digests?lang=en&size=20", "/api/v1/digests/d-1", "/api/v1/digests/d%202");
        assertThat(result.requests()).isPositive();
        assertThat(result.ok()).isEqualTo(result.requests());
        assertThat(result.non2xx()).isZero();
        assertThat(result.errors()).isZero();
        assertThat(result.paths()).allSatisfy(p -> assertThat(p.requests()).isPositive());
        assertThat(hits.get("/api/v1/digests/d%202")).isNotNull();

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.fieldNames()).toIterable().contains("date", "cores", "concurrency", "durationSeconds",
                "requests", "errors", "non2xx", "throughputPerSecond", "p50Ms", "p90Ms", "p99Ms", "maxMs", "paths");
        assertThat(json.get("concurrency").asInt()).isEqualTo(2);
        assertThat(json.get("requests").asLong()).isEqualTo(result.requests());
        assertThat(json.get("throughputPerSecond").asDouble()).isPositive();
        assertThat(json.get("p99Ms").asDouble()).isGreaterThanOrEqualTo(json.get("p50Ms").asDouble());
        assertThat(json.get("paths")).hasSize(4);
        assertThat(json.get("paths").get(0).fieldNames()).toIterable().contains("path", "requests", "p50Ms", "p99Ms");
        assertThat(ApiLoad.read(out)).isEqualTo(result);
    }

    @Test
    void everyRequestCarriesTheApiKeyWhenOneIsGiven() throws Exception {
        ApiLoad.Options options = ApiLoad.Options.parse(new String[] {"--url", url(), "--ids", "0", "--concurrency", "1",
                "--warmup", "0", "--duration", "1"}, dir);

        ApiLoad.run(options, java.util.Optional.of("reader-key"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(keys).containsOnlyKeys("reader-key");
    }

    @Test
    void nonSuccessAnswersAreCountedApartFromLatencies() throws Exception {
        ApiLoad.Options options = ApiLoad.Options.parse(new String[] {"--url", url(), "--path", "/api/v1/digests?lang=fr",
                "--path", "/api/v1/digests/missing", "--ids", "0", "--concurrency", "1", "--warmup", "0", "--duration", "1"}, dir);

        ApiLoad.Result result = ApiLoad.run(options, new PrintStream(OutputStream.nullOutputStream()));

        ApiLoad.PathResult missing = result.paths().get(1);
        assertThat(missing.non2xx()).isPositive().isEqualTo(missing.requests());
        assertThat(missing.p50Ms()).isNull();
        assertThat(result.non2xx()).isEqualTo(missing.non2xx());
        assertThat(result.ok()).isEqualTo(result.requests() - result.non2xx());
    }

    @Test
    void aServiceThatIsNotRunningIsReportedBeforeAnyLoad() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ApiLoad.Options options = ApiLoad.Options.parse(new String[] {"--url", "http://127.0.0.1:" + closedPort}, dir);

        assertThatThrownBy(() -> ApiLoad.run(options, new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("./veille run");
    }

    @Test
    void defaultsAreTheLocalSummaryServiceAndItsTwoListPaths() {
        ApiLoad.Options options = ApiLoad.Options.parse(new String[0], dir);

        assertThat(options.baseUrl()).isEqualTo("http://127.0.0.1:8083");
        assertThat(options.paths()).containsExactly("/api/v1/digests?lang=fr", "/api/v1/digests?lang=en&size=20");
        assertThat(List.of(options.ids(), options.concurrency(), options.warmupSeconds(), options.durationSeconds()))
                .containsExactly(3, 8, 5, 30);
        assertThat(options.out()).isEqualTo(dir.resolve("digest-api-load.json"));
    }

    @Test
    void aBadNumberIsRefusedWithTheOptionsName() {
        assertThatThrownBy(() -> ApiLoad.Options.parse(new String[] {"--concurrency", "0"}, dir))
                .hasMessageContaining("--concurrency");
    }
}
