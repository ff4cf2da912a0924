package io.veille.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.veille.local.GeneratedArticles.Article;

/**
 * A news site on loopback serving {@link GeneratedArticles}: {@code /fr/feed.xml} and
 * {@code /en/feed.xml} (RSS 2.0, one item per article of that language) and
 * {@code /articles/<slug>.html}, pages shaped like the demo's (OpenGraph, JSON-LD, one article element).
 */
final class GeneratedNewsSite implements AutoCloseable {

    static final List<String> LANGUAGES = List.of("fr", "en");

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Article> articles;
    private final Map<String, Article> bySlug;

    private GeneratedNewsSite(HttpServer server, ExecutorService executor, List<Article> articles) {
        this.server = server;
        this.executor = executor;
        this.articles = articles;
        this.bySlug = articles.stream().collect(Collectors.toMap(Article::slug, Function.identity()));
    }

    static GeneratedNewsSite start(List<Article> articles) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            GeneratedNewsSite site = new GeneratedNewsSite(server, executor, articles);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String feedUrl(String lang) {
        return baseUrl() + "/" + lang + "/feed.xml";
    }

    String articleUrl(Article article) {
        return baseUrl() + "/articles/" + article.slug() + ".html";
    }

    List<String> articleUrls() {
        return articles.stream().map(this::articleUrl).toList();
    }

    /** A crawler sources file with one source per language, polled every {@code interval}. */
    String sourcesYaml(String interval) {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (String lang : LANGUAGES) {
            yaml.append("""
                      - id: generated-%s
                        feed: %s
                        language: %s
                        poll-interval: %s
                        allow-private: true
                    """.formatted(lang, feedUrl(lang), lang, interval));
        }
        return yaml.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            for (String lang : LANGUAGES) {
                if (path.equals("/" + lang + "/feed.xml")) {
                    send(exchange, 200, "application/rss+xml; charset=utf-8", feed(lang));
                    return;
                }
            }
            if (path.startsWith("/articles/") && path.endsWith(".html")) {
                Article article = bySlug.get(path.substring("/articles/".length(), path.length() - ".html".length()));
                if (article != null) {
                    send(exchange, 200, "text/html; charset=utf-8", page(article));
                    return;
                }
            }
            send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
        }
    }

    private String feed(String lang) {
        StringBuilder items = new StringBuilder();
        for (Article article : articles) {
            if (article.lang().equals(lang)) {
                items.append("""
                        <item><title>%s</title><link>%s</link><guid isPermaLink="true">%s</guid><pubDate>%s</pubDate><description>%s</description></item>
                        """.formatted(xml(article.title()), articleUrl(article), articleUrl(article),
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(article.publishedAt().atOffset(ZoneOffset.UTC)),
                        xml(article.paragraphs().get(0))));
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Veille load site (%s)</title><link>%s/</link><description>generated articles</description><language>%s</language>
                %s</channel></rss>
                """.formatted(lang, baseUrl(), lang, items);
    }

    private String page(Article article) {
        String body = article.paragraphs().stream().map(p -> "<p>" + xml(p) + "</p>").collect(Collectors.joining("\n"));
        String published = article.publishedAt().toString();
        return """
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><title>%2$s | Le Courrier des entreprises</title>
                <link rel="canonical" href="%3$s">
                <meta property="og:title" content="%2$s"><meta property="og:type" content="article">
                <meta property="og:site_name" content="Le Courrier des entreprises">
                <meta property="article:published_time" content="%4$s">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%5$s","datePublished":"%4$s","inLanguage":"%1$s"}</script>
                </head><body><header><nav><a href="/">Accueil</a> · <a href="/%1$s/feed.xml">RSS</a></nav></header>
                <main><article><h1>%2$s</h1><time datetime="%4$s">%4$s</time>
                %6$s
                </article></main><footer>© Le Courrier des entreprises</footer></body></html>
                """.formatted(article.lang(), xml(article.title()), articleUrl(article), published,
                article.title().replace("\"", "'"), body);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
