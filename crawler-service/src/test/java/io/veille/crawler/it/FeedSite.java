package io.veille.crawler.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny news site on loopback: an RSS feed with two articles, their pages, a broken feed, and a
 * page redirecting to a neighbour on another loopback port (as a database or an internal service
 * would be), which the crawler is not allowed to reach.
 */
public final class FeedSite implements AutoCloseable {

    private final HttpServer server;
    private final HttpServer neighbour;
    private final int unreachablePort;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedSite() throws IOException {
        neighbour = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        neighbour.createContext("/", exchange -> respond(exchange, "text/plain", "internal secret"));
        neighbour.start();
        try (ServerSocket reserved = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unreachablePort = reserved.getLocalPort();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/to-neighbour", exchange -> {
            exchange.getResponseHeaders().add("Location", neighbourBase() + "/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/feed.xml", exchange -> respond(exchange, "application/rss+xml; charset=utf-8", rss()));
        server.createContext("/broken.xml", exchange -> respond(exchange, "application/rss+xml", "<rss><channel><item>oops"));
        server.createContext("/articles/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/articles/".length());
            respond(exchange, "text/html; charset=utf-8", page(name));
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Another loopback port, not allow-listed. */
    public String neighbourBase() {
        return "http://127.0.0.1:" + neighbour.getAddress().getPort();
    }

    /** A loopback port nothing listens on, allow-listed so that fetching it fails rather than being refused. */
    public int unreachablePort() {
        return unreachablePort;
    }

    /** What the crawler may reach although it is on loopback: this site, and the port nothing listens on. */
    public String allowList() {
        return "127.0.0.1:" + server.getAddress().getPort() + ",127.0.0.1:" + unreachablePort;
    }

    public int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Le Site</title><link>%1$s/</link><description>test</description>
                  <item><title>Sommet IA : 109 milliards d'euros</title>
                    <link>%1$s/articles/one.html?utm_source=rss&amp;xtor=RSS-1</link>
                    <pubDate>Sun, 09 Feb 2025 18:30:00 +0100</pubDate><category>Économie</category></item>
                  <item><title>Mistral AI et Nvidia</title><link>/articles/two.html</link>
                    <description>Un partenariat.</description></item>
                </channel></rss>
                """.formatted(base());
    }

    private static String page(String name) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + name + "</title></head>"
                + "<body><article><h1>Article " + name + "</h1><p>Le président a annoncé 109 milliards d'euros.</p></article></body></html>";
    }

    private void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        neighbour.stop(0);
    }
}
