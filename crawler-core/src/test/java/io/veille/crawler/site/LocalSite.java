package io.veille.crawler.site;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on loopback whose answers a test sets per path, and which remembers when each path was asked. */
public final class LocalSite implements AutoCloseable {

    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

        public static Answer ok(String contentType, String body) {
            return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Answer status(int status) {
            return new Answer(status, "text/plain", new byte[0], Map.of());
        }

        public Answer with(String header, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(header, value);
            return new Answer(status, contentType, body, all);
        }
    }

    public record Hit(String path, long nanos, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Supplier<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
            hits.add(new Hit(path, System.nanoTime(), headers));
            Answer answer = answers.getOrDefault(path, () -> Answer.status(404)).get();
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        });
        server.start();
    }

    public LocalSite on(String path, Answer answer) {
        answers.put(path, () -> answer);
        return this;
    }

    public LocalSite on(String path, Supplier<Answer> answer) {
        answers.put(path, answer);
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI url(String path) {
        return URI.create(base() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Hit> hits(String path) {
        List<Hit> found = new ArrayList<>();
        hits.stream().filter(h -> h.path().equals(path)).forEach(found::add);
        return found;
    }

    /** The time between the first requests of two paths, as the server saw them arrive. */
    public Duration gapBetween(String first, String second) {
        return Duration.ofNanos(hits(second).getFirst().nanos() - hits(first).getFirst().nanos());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
