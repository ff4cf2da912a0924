package io.veille.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import io.veille.infra.FreePorts;

/**
 * The far ends an end-to-end test delivers to, all on loopback in the test JVM: a real SMTP server
 * (GreenMail), a webhook target that answers 500 to the first three calls of each delivery and 204
 * to the fourth, and one that accepts connections and never answers. {@link #settings()} are the
 * summary service's settings that point at them, with retries short enough for a test.
 */
final class SubscriberEnds implements AutoCloseable {

    static final int FAILURES_BEFORE_SUCCESS = 3;
    static final int MAX_ATTEMPTS = 4;

    final GreenMail smtp;
    private final HttpServer flaky;
    private final ExecutorService flakyExecutor = Executors.newFixedThreadPool(2);
    /** Calls per Veille-Delivery id, and the status each got, in order. */
    final Map<String, List<Integer>> flakyAnswers = new ConcurrentHashMap<>();
    private final ServerSocket silent;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread silentAcceptor;

    SubscriberEnds() throws IOException {
        smtp = new GreenMail(new ServerSetup(FreePorts.pick(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        flaky.createContext("/", exchange -> {
            try (exchange; InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
                String delivery = String.valueOf(exchange.getRequestHeaders().getFirst("Veille-Delivery"));
                List<Integer> answers = flakyAnswers.computeIfAbsent(delivery, d -> new CopyOnWriteArrayList<>());
                int status = answers.size() < FAILURES_BEFORE_SUCCESS ? 500 : 204;
                answers.add(status);
                exchange.sendResponseHeaders(status, -1);
            }
        });
        flaky.setExecutor(flakyExecutor);
        flaky.start();
        silent = new ServerSocket();
        silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        silentAcceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept()); // read nothing, answer nothing
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-webhook-target");
        silentAcceptor.setDaemon(true);
        silentAcceptor.start();
    }

    String flakyUrl() {
        return "http://127.0.0.1:" + flaky.getAddress().getPort() + "/hooks/flaky";
    }

    String silentUrl() {
        return "http://127.0.0.1:" + silent.getLocalPort() + "/hooks/silent";
    }

    /** The summary service's settings for these ends, as {@code veille.local.summary-service.*} properties. */
    Map<String, String> settings() {
        String prefix = "veille.local.summary-service.";
        return Map.ofEntries(
                Map.entry(prefix + "quarkus.mailer.mock", "false"),
                Map.entry(prefix + "quarkus.mailer.host", "127.0.0.1"),
                Map.entry(prefix + "quarkus.mailer.port", Integer.toString(smtp.getSmtp().getPort())),
                Map.entry(prefix + "veille.delivery.email.tick", "1s"),
                Map.entry(prefix + Stack.DELIVERY_ALLOW_LIST, "127.0.0.1:" + flaky.getAddress().getPort() + ",127.0.0.1:" + silent.getLocalPort()),
                Map.entry(prefix + "veille.delivery.max-attempts", Integer.toString(MAX_ATTEMPTS)),
                Map.entry(prefix + "veille.delivery.backoff-initial", "200ms"),
                Map.entry(prefix + "veille.delivery.backoff-max", "1s"),
                Map.entry(prefix + "veille.delivery.timeout", "2s"),
                Map.entry(prefix + "veille.delivery.connect-timeout", "1s"),
                Map.entry(prefix + "veille.delivery.email.settle", "1s"));
    }

    @Override
    public void close() throws IOException {
        smtp.stop();
        flaky.stop(0);
        flakyExecutor.shutdownNow();
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
