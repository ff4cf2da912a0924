package io.veille.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.veille.summary.delivery.WebhookVerifier;

/**
 * What a subscriber runs to receive webhooks, on loopback for the local stack: every POST is kept
 * with its headers and whether its {@code Veille-Signature} verifies with the subscription's secret
 * (within the signature's tolerance of its timestamp), then answered 204. The demo prints what it
 * receives; the end-to-end tests read {@link #received()}.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One call as it arrived. */
    public record Call(String path, Instant receivedAt, Map<String, String> headers, String body, boolean signatureValid) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
        }
    }

    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookVerifier verifier;
    private final List<Call> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<Call> listener = call -> {
    };

    private WebhookReceiver(HttpServer server, ExecutorService executor, String secret) {
        this.server = server;
        this.executor = executor;
        this.verifier = new WebhookVerifier(secret);
    }

    /** Listens on 127.0.0.1:{@code port} (0: a free port) and checks signatures with {@code secret}. */
    public static WebhookReceiver start(int port, String secret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "webhook-receiver");
                thread.setDaemon(true);
                return thread;
            });
            WebhookReceiver receiver = new WebhookReceiver(server, executor, secret);
            server.createContext("/", receiver::handle);
            server.setExecutor(executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook receiver cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public List<Call> received() {
        return List.copyOf(received);
    }

    public void onCall(Consumer<Call> listener) {
        this.listener = listener;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    exchange.sendResponseHeaders(413, -1);
                    return;
                }
                body = new String(bytes, StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            Instant now = Instant.now();
            boolean valid = verifier.isGenuine(headers.get("veille-timestamp"), body, headers.get("veille-signature"));
            Call call = new Call(exchange.getRequestURI().getPath(), now, Map.copyOf(headers), body, valid);
            received.add(call);
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            listener.accept(call);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
