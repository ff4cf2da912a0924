package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import io.veille.contracts.EventJson;

/**
 * Issue 14 end to end on the demo stack: the topic and the watch {@link DemoSubscriptions} created
 * through the API before the crawl, delivered by webhook (signed), Atom feed (valid, conditional),
 * e-mail (a real SMTP server), SSE (replay after a reconnect), and the retry and dead-letter paths
 * of two webhook targets that fail ({@link SubscriberEnds}).
 */
final class SubscriptionChecks {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Stack stack;
    private final StackProbe probe;
    private final SubscriberEnds ends;
    private final String summary;

    SubscriptionChecks(Stack stack, StackProbe probe, SubscriberEnds ends) {
        this.stack = stack;
        this.probe = probe;
        this.ends = ends;
        this.summary = stack.serviceUrl("summary-service");
    }

    /** Before the crawl: the flaky target follows the watch's French ARTICLE digests, the silent one its English STORY digests. */
    static void subscribeTheFarEnds(Stack stack, SubscriberEnds ends) {
        SubscriptionChecks checks = new SubscriptionChecks(stack, null, ends);
        try {
            checks.send("POST", "/api/v1/subscriptions", Map.of("target", "watch:" + DemoSubscriptions.WATCH, "lang", "fr",
                    "kinds", List.of("ARTICLE"), "channel", "webhook", "url", ends.flakyUrl()), 201);
            checks.send("POST", "/api/v1/subscriptions", Map.of("target", "watch:" + DemoSubscriptions.WATCH, "lang", "en",
                    "kinds", List.of("STORY"), "channel", "webhook", "url", ends.silentUrl()), 201);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void webhookCallsAreSignedAndCarryWatchedDigests() throws IOException {
        WebhookReceiver receiver = stack.webhookReceiver().orElseThrow();
        probe.await("a webhook call for the demo watch", TIMEOUT, () -> !receiver.received().isEmpty(),
                () -> "deliveries: " + probe.count("select count(*) from summary.delivery") + "\n");
        for (WebhookReceiver.Call call : receiver.received()) {
            assertThat(call.signatureValid()).as("signature of delivery %s", call.header("Veille-Delivery")).isTrue();
            JsonNode body = JSON.readTree(call.body());
            String digestId = body.path("digest").path("id").asText();
            assertThat(body.path("digest").path("lang").asText()).isEqualTo("en");
            assertThat(probe.count("select count(*) from summary.digest_tag where digest_id = ? and tag = ?", digestId,
                    "watch:" + DemoSubscriptions.WATCH)).as("digest %s is on the watch", digestId).isEqualTo(1);
            assertThat(body.path("citations").isArray() && !body.path("citations").isEmpty()).as("citations of %s", digestId).isTrue();
        }
    }

    void watchFeedIsValidAndConditional() throws Exception {
        String feedUrl = summary + "/feeds/watches/" + DemoSubscriptions.WATCH + "/en.atom";
        probe.await("an entry in " + feedUrl, TIMEOUT, () -> entries(get(feedUrl, null)) > 0, () -> "");
        HttpResponse<String> feed = get(feedUrl, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getUri()).isNotBlank();
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdatedDate()).isNotNull();
        });
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(feed.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get(feedUrl, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

        // what a feed reader built on Node reads: the same entries, by the same ids
        JsonNode read = feedparser(feed.body());
        assertThat(read.path("type").asText()).isEqualTo("atom");
        List<String> guids = new ArrayList<>();
        read.path("items").forEach(item -> guids.add(item.path("guid").asText()));
        assertThat(guids).containsExactlyElementsOf(parsed.getEntries().stream().map(e -> e.getUri()).toList());

        String rssUrl = summary + "/feeds/topics/" + DemoSubscriptions.TOPIC + "/fr.rss";
        probe.await("an item in " + rssUrl, TIMEOUT, () -> entries(get(rssUrl, null)) > 0, () -> "");
        HttpResponse<String> rss = get(rssUrl, null);
        assertThat(new SyndFeedInput().build(new StringReader(rss.body())).getFeedType()).isEqualTo("rss_2.0");
        assertThat(feedparser(rss.body()).path("type").asText()).isEqualTo("rss");
        assertThat(feedparser(rss.body()).path("items")).isNotEmpty();
    }

    /** The feed read by npm feedparser (deploy/local/feed-check, installed by .ci/run and ./veille test). */
    private JsonNode feedparser(String feed) throws IOException, InterruptedException {
        java.nio.file.Path check = stack.options().home().resolve("deploy/local/feed-check");
        if (!java.nio.file.Files.isDirectory(check.resolve("node_modules/feedparser"))) {
            throw new IllegalStateException("npm feedparser is not installed: run `npm ci` in " + check + " (.ci/run and ./veille test do it)");
        }
        Process node = new ProcessBuilder("node", check.resolve("parse-feed.cjs").toString()).redirectErrorStream(false).start();
        try (var in = node.getOutputStream()) {
            in.write(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(node.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(node.waitFor()).as("feedparser: %s", err).isZero();
        return JSON.readTree(out);
    }

    void topicEmailArrives() throws Exception {
        String id = null;
        for (JsonNode subscription : items(send("GET", "/api/v1/subscriptions", null, 200))) {
            if (DemoSubscriptions.EMAIL.equals(subscription.path("email").asText())) {
                id = subscription.path("id").asText();
            }
        }
        assertThat(id).as("the demo's e-mail subscription").isNotNull();
        send("POST", "/api/v1/subscriptions/" + id + "/send", null, 202);
        assertThat(ends.smtp.waitForIncomingEmail(TIMEOUT.toMillis(), 1)).as("an e-mail in the SMTP server").isTrue();
        MimeMessage mail = ends.smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(DemoSubscriptions.EMAIL);
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe/" + id);
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        Multipart parts = (Multipart) mail.getContent();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            types.add(parts.getBodyPart(i).getContentType().toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(types).anyMatch(t -> t.startsWith("text/plain")).anyMatch(t -> t.startsWith("text/html"));
    }

    void sseReplaysFromLastEventId() throws Exception {
        String url = summary + "/api/v1/digests/stream?lang=en&watch=" + DemoSubscriptions.WATCH;
        List<SseClient.Event> all;
        try (SseClient first = SseClient.open("replay-1", url, "0")) {
            probe.await("two watched digests replayed from the start", Duration.ofSeconds(30), () -> first.events().size() >= 2, () -> "");
            Thread.sleep(2_000); // whatever else the replay holds
            all = first.events();
        }
        assertThat(all).allSatisfy(event -> assertThat(event.id()).isNotBlank());
        List<Long> ids = all.stream().map(event -> Long.parseLong(event.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        try (SseClient again = SseClient.open("replay-2", url, all.getFirst().id())) {
            probe.await("the events after the first, again", Duration.ofSeconds(30), () -> again.events().size() >= all.size() - 1, () -> "");
            Thread.sleep(1_000);
            assertThat(again.events()).as("no gap, no duplicate").containsExactlyElementsOf(all.subList(1, all.size()));
        }
    }

    void retriesAndDeadLetters() {
        probe.await("a delivery to the flaky target answered 500 three times, then 204", TIMEOUT,
                () -> ends.flakyAnswers.values().stream().anyMatch(answers -> answers.equals(List.of(500, 500, 500, 204))),
                () -> "flaky answers: " + ends.flakyAnswers + "\n");
        assertThat(probe.count("select count(*) from summary.delivery d join summary.subscription s on s.id = d.subscription_id"
                + " where s.webhook_url = ? and d.state = 'delivered' and d.attempts = ?", ends.flakyUrl(), SubscriberEnds.MAX_ATTEMPTS))
                .as("flaky deliveries delivered on attempt %d", SubscriberEnds.MAX_ATTEMPTS).isPositive();
        probe.await("the silent target's delivery dead-lettered", TIMEOUT,
                () -> probe.count("select count(*) from summary.delivery_dead_letter l join summary.subscription s on s.id = l.subscription_id"
                        + " where s.webhook_url = ?", ends.silentUrl()) > 0, () -> "");
        assertThat(probe.count("select count(*) from summary.delivery_dead_letter l join summary.subscription s on s.id = l.subscription_id"
                + " where s.webhook_url = ? and l.attempts = ? and length(l.reason) > 0", ends.silentUrl(), SubscriberEnds.MAX_ATTEMPTS))
                .as("dead letters after %d attempts, with a reason", SubscriberEnds.MAX_ATTEMPTS).isPositive();
    }

    private static int entries(HttpResponse<String> feed) {
        if (feed.statusCode() != 200) {
            return 0;
        }
        try {
            return new SyndFeedInput().build(new StringReader(feed.body())).getEntries().size();
        } catch (Exception e) {
            return 0;
        }
    }

    private static Iterable<JsonNode> items(JsonNode listing) {
        return listing.has("items") ? listing.get("items") : listing;
    }

    private HttpResponse<String> get(String url, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (headers != null) {
                headers.forEach(request::header);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String method, String path, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(summary + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", stack.adminKey());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
