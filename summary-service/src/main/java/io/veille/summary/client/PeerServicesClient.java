package io.veille.summary.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.summary.config.ServicesConfig;

/**
 * Calls the crawler (POST /api/v1/fetch, with its SSRF guards) and the extractor (POST
 * /api/v1/extract) for ad-hoc summaries, with the JDK HttpClient: two small JSON calls do not
 * need a generated REST client. Unreachable peers become 503 problem+json.
 */
@ApplicationScoped
public class PeerServicesClient {

    private final ServicesConfig config;
    private final HttpClient http;
    private final ObjectMapper json = EventJson.mapper();

    public PeerServicesClient(ServicesConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The page HTML the crawler fetched for a URL, and the URL it ended at. */
    public record FetchedPage(String html, String finalUrl) {
    }

    public FetchedPage fetch(String url) {
        JsonNode body = post("crawler", config.crawlerUrl() + "/api/v1/fetch", Map.of("url", url));
        String html = body.path("html").asText(null);
        if (html == null || html.isBlank()) {
            throw new PeerUnavailable(422, "Unprocessable Content", "the crawler fetched " + url + " but got no HTML");
        }
        String finalUrl = body.path("finalUrl").asText(url);
        return new FetchedPage(html, finalUrl);
    }

    /** The extractor's reading of a page or a text, as an ExtractedArticle without ids. */
    public ExtractedArticle extract(String html, String text, String url, String lang) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (html != null) {
            request.put("html", html);
        }
        if (text != null) {
            request.put("text", text);
        }
        if (url != null) {
            request.put("url", url);
        }
        if (lang != null) {
            request.put("lang", lang);
        }
        JsonNode body = post("extractor", config.extractorUrl() + "/api/v1/extract", request);
        List<Fact> facts = new ArrayList<>();
        for (JsonNode f : body.path("facts")) {
            facts.add(json.convertValue(f, Fact.class));
        }
        List<ExtractedArticle.Entity> entities = new ArrayList<>();
        for (JsonNode e : body.path("entities")) {
            entities.add(json.convertValue(e, ExtractedArticle.Entity.class));
        }
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, null, null, body.path("url").asText(url), null,
                body.path("lang").asText(lang), body.path("title").asText(null), null, instant(body.path("publishedAt").asText(null)),
                body.path("text").asText(text), entities, facts, null);
    }

    private JsonNode post(String peer, String uri, Object payload) {
        HttpResponse<String> response;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)));
            config.apiKey().filter(key -> !key.isBlank()).ifPresent(key -> request.header("X-API-Key", key.strip()));
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PeerUnavailable(503, "Service Unavailable", "the " + peer + " service is unavailable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailable(503, "Service Unavailable", "interrupted while calling the " + peer + " service");
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new PeerUnavailable(status == 503 ? 503 : 502, status == 503 ? "Service Unavailable" : "Bad Gateway",
                    "the " + peer + " service answered HTTP " + status + ": " + detail(response.body()));
        }
        if (status == 401 || status == 403) {
            // our key, not the caller's input: a configuration error of this service
            throw new PeerUnavailable(502, "Bad Gateway", "the " + peer + " service refused this service's API key (HTTP "
                    + status + "): set veille.services.api-key to an admin key of the " + peer);
        }
        if (status >= 400) {
            throw new PeerUnavailable(422, "Unprocessable Content",
                    "the " + peer + " service refused the input (HTTP " + status + "): " + detail(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new PeerUnavailable(502, "Bad Gateway", "the " + peer + " service answered something that is not JSON");
        }
    }

    private String detail(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.hasNonNull("detail")) {
                return node.get("detail").asText();
            }
        } catch (IOException | RuntimeException e) {
            // not a problem+json body: show the start of it
        }
        return body == null ? "" : body.substring(0, Math.min(body.length(), 300));
    }

    private static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
