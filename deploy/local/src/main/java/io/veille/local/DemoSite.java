package io.veille.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The demo corpus as a small news site on loopback: {@code /feed.xml} (RSS 2.0 listing the five
 * pages, with this server's address in every link) and {@code /articles/<slug>.html}. Everything is
 * read from the classpath, so the launcher needs nothing outside its own jar.
 */
public final class DemoSite implements AutoCloseable {

    public static final List<String> SLUGS = List.of(
            "ia-generative-france-mistral-nvidia",
            "paris-capitale-mondiale-ia",
            "offensive-europeenne-ia-macron-nvidia",
            "sommet-action-ia-souverainete-numerique",
            "offensive-francaise-ia-109-milliards");

    private static final String RESOURCES = "/demo/";
    private static final String BASE_URL_PLACEHOLDER = "{{BASE_URL}}";
    private static final Pattern ARTICLE_PATH = Pattern.compile("/articles/([a-z0-9-]{1,100})\\.html");

    private final HttpServer server;
    private final ExecutorService executor;

    private DemoSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on 127.0.0.1:{@code port}; 0 picks a free port. */
    public static DemoSite start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "demo-site");
                thread.setDaemon(true);
                return thread;
            });
            DemoSite site = new DemoSite(server, executor);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo site cannot listen on 127.0.0.1:" + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String feedUrl() {
        return baseUrl() + "/feed.xml";
    }

    public String articleUrl(String slug) {
        return baseUrl() + "/articles/" + slug + ".html";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/feed.xml")) {
                String feed = new String(resource("feed.xml"), StandardCharsets.UTF_8).replace(BASE_URL_PLACEHOLDER, baseUrl());
                send(exchange, 200, "application/rss+xml; charset=utf-8", feed.getBytes(StandardCharsets.UTF_8));
                return;
            }
            var article = ARTICLE_PATH.matcher(path);
            if (article.matches() && SLUGS.contains(article.group(1))) {
                send(exchange, 200, "text/html; charset=utf-8", resource("articles/" + article.group(1) + ".html"));
                return;
            }
            send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoSite.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("demo resource missing from the jar: " + RESOURCES + name);
            }
            return in.readAllBytes();
        }
    }
}
