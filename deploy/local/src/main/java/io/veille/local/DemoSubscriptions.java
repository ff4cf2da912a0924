package io.veille.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.contracts.EventJson;

/**
 * What the demo sets up through the public APIs before its feed is crawled, as a user would: a
 * topic, a watch, a webhook subscription to the launcher's own {@link WebhookReceiver} and an e-mail
 * subscription; then it resumes the demo source, which the launcher seeds paused so no demo article
 * is digested before the topic and the watch exist. Existing ones (a kept data directory) are kept.
 */
final class DemoSubscriptions {

    static final String TOPIC = "souverainete";
    static final String WATCH = "mistral";
    static final String DEMO_SOURCE = "demo";
    static final String EMAIL = "demo@veille.localhost";

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = EventJson.mapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String summaryUrl;
    private final String crawlerUrl;
    private final String adminKey;

    DemoSubscriptions(String summaryUrl, String crawlerUrl, String adminKey) {
        this.summaryUrl = summaryUrl;
        this.crawlerUrl = crawlerUrl;
        this.adminKey = adminKey;
    }

    /** Creates what is missing; returns the webhook subscription's id. */
    String create(WebhookReceiver receiver, String webhookSecret) throws IOException, InterruptedException {
        createUnlessPresent("/api/v1/topics", TOPIC, Map.of("id", TOPIC, "labelFr", "Souveraineté numérique",
                "labelEn", "Digital sovereignty", "terms", java.util.List.of("souveraineté", "souverain", "sovereignty")));
        createUnlessPresent("/api/v1/watches", WATCH, Map.of("id", WATCH, "label", "Mistral AI",
                "query", "\"Mistral AI\" -rumeur", "minStorySize", 1));
        String url = receiver.url("/webhooks/demo");
        String webhookId = null;
        boolean emailPresent = false;
        for (JsonNode subscription : send("GET", summaryUrl + "/api/v1/subscriptions?size=100", null).path("items")) {
            if (url.equals(subscription.path("url").asText())) {
                webhookId = subscription.path("id").asText();
            }
            emailPresent |= EMAIL.equals(subscription.path("email").asText());
        }
        if (webhookId == null) {
            webhookId = send("POST", summaryUrl + "/api/v1/subscriptions", Map.of("target", "watch:" + WATCH, "lang", "en",
                    "channel", "webhook", "url", url, "secret", webhookSecret)).path("id").asText();
        }
        if (!emailPresent) {
            send("POST", summaryUrl + "/api/v1/subscriptions", Map.of("target", "topic:" + TOPIC, "lang", "fr",
                    "channel", "email", "email", EMAIL, "schedule", "daily 08:00", "timeZone", "Europe/Paris"));
        }
        return webhookId;
    }

    /** Lets the crawler poll the demo feed. */
    void resumeDemoSource() throws IOException, InterruptedException {
        send("POST", crawlerUrl + "/api/v1/sources/" + DEMO_SOURCE + "/resume", null);
    }

    static void print(StringBuilder out, String summaryUrl, WebhookReceiver receiver) {
        out.append(String.format("  %-18s topic '%s' and watch '%s' created through %s/api/v1/topics and /api/v1/watches%n", "subscriptions",
                TOPIC, WATCH, summaryUrl));
        out.append(String.format("  %-18s %s/feeds/watches/%s/en.atom   %s/feeds/topics/%s/fr.rss%n", "feeds", summaryUrl, WATCH,
                summaryUrl, TOPIC));
        out.append(String.format("  %-18s %s (signed calls for watch '%s', printed below)%n", "webhook receiver",
                receiver.url("/webhooks/demo"), WATCH));
        out.append(String.format("  %-18s curl -N '%s/api/v1/digests/stream?lang=en&watch=%s'%n", "watch (SSE)", summaryUrl, WATCH));
    }

    private void createUnlessPresent(String path, String id, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> found = http.send(request("GET", summaryUrl + path + "/" + id, null), HttpResponse.BodyHandlers.ofString());
        if (found.statusCode() == 200) {
            return;
        }
        send("POST", summaryUrl + path, body);
    }

    private JsonNode send(String method, String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, url, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private HttpRequest request(String method, String url, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("X-API-Key", adminKey).header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }
}
