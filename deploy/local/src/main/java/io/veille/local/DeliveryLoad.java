package io.veille.local;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;

/**
 * {@code ./veille bench deliveries}: how fast one new story reaches many webhook subscribers. A
 * stack of its own (no demo, free ports, a temporary database), a loopback receiver allow-listed
 * for the summary, {@code --subscriptions} (default 1,000) webhook subscriptions on one topic, then
 * one extracted article on that topic put on news.articles.extracted. Every signed call the
 * receiver gets is timed from that send: deliveries per second (calls over the span from the first
 * call to the last) and the article-to-webhook latency at p50/p99/max. Results go to
 * {@code bench/results/deliveries.json}; {@code Report --readme} puts them in the README table.
 */
public final class DeliveryLoad {

    private static final String TOPIC = "bench";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = EventJson.mapper();

    private DeliveryLoad() {
    }

    public static void main(String[] args) throws Exception {
        int subscriptions = 1_000;
        Path out = Path.of("bench/results/deliveries.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--subscriptions" -> subscriptions = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--subscriptions N, --out FILE)");
            }
        }
        PrintStream log = System.out;
        Path home = Path.of(System.getProperty("veille.home", ".")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("veille-bench-deliveries-");
        StackOptions defaults = StackOptions.defaults(home, System.getenv());
        StackOptions options = defaults.withDemo(false).withFreePorts().withDataDir(dataDir)
                .withDatabase("veille_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), true);
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String secret = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (WebhookReceiver receiver = WebhookReceiver.start(0, secret)) {
            System.setProperty("veille.local.summary-service." + Stack.DELIVERY_ALLOW_LIST, "127.0.0.1:" + receiver.port());
            try (Stack stack = Stack.start(options, log)) {
                Map<String, Object> result = run(stack, receiver, secret, subscriptions, log);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n", StandardCharsets.UTF_8);
                log.println("bench deliveries: " + result);
                log.println("bench deliveries: wrote " + out);
            }
        } finally {
            Stack.deleteRecursively(dataDir);
        }
    }

    private static Map<String, Object> run(Stack stack, WebhookReceiver receiver, String secret, int subscriptions, PrintStream log)
            throws IOException, InterruptedException {
        String summary = stack.serviceUrl("summary-service");
        HttpClient http = HttpClient.newHttpClient();
        post(http, summary + "/api/v1/topics", stack.adminKey(), Map.of("id", TOPIC, "labelFr", "Banc d'essai", "labelEn", "Benchmark",
                "terms", List.of("banc d'essai", "benchmark")));
        long createStart = System.nanoTime();
        for (int i = 0; i < subscriptions; i++) {
            post(http, summary + "/api/v1/subscriptions", stack.adminKey(), Map.of("target", "topic:" + TOPIC, "lang", "fr",
                    "kinds", List.of("ARTICLE"), "channel", "webhook", "url", receiver.url("/hooks/" + i), "secret", secret));
        }
        Duration creating = Duration.ofNanos(System.nanoTime() - createStart);
        log.printf("bench deliveries: %d subscriptions created in %d ms%n", subscriptions, creating.toMillis());
        // the catalog of topics refreshes every few seconds on every replica: the article must find the topic
        Thread.sleep(6_000);

        String articleId = "bench-" + UUID.randomUUID();
        ExtractedArticle article = benchArticle(articleId);
        Instant sent;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            sent = Instant.now();
            producer.send(new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, articleId, EventJson.write(article))).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not publish the bench article: " + e.getCause(), e);
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (receiver.received().size() < subscriptions && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<WebhookReceiver.Call> calls = receiver.received();
        List<Double> latencies = new ArrayList<>();
        for (WebhookReceiver.Call call : calls) {
            latencies.add(Duration.between(sent, call.receivedAt()).toNanos() / 1e6);
        }
        latencies.sort(Double::compare);
        Instant first = calls.stream().map(WebhookReceiver.Call::receivedAt).min(Instant::compareTo).orElse(sent);
        Instant last = calls.stream().map(WebhookReceiver.Call::receivedAt).max(Instant::compareTo).orElse(sent);
        double spanSeconds = Math.max(Duration.between(first, last).toNanos() / 1e9, 1e-3);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("subscriptions", subscriptions);
        result.put("deliveries", calls.size());
        result.put("validSignatures", calls.stream().filter(WebhookReceiver.Call::signatureValid).count());
        result.put("deliveriesPerSecond", Math.round(calls.size() / spanSeconds * 10) / 10.0);
        result.put("firstMs", latencies.isEmpty() ? null : latencies.getFirst());
        result.put("p50Ms", percentile(latencies, 0.50));
        result.put("p99Ms", percentile(latencies, 0.99));
        result.put("maxMs", latencies.isEmpty() ? null : latencies.getLast());
        result.put("subscriptionsCreatedMs", creating.toMillis());
        result.put("processors", Runtime.getRuntime().availableProcessors());
        result.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        result.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return result;
    }

    /** One French article on the bench topic, as the extractor would publish it. */
    private static ExtractedArticle benchArticle(String articleId) {
        String text = "Le banc d'essai de Veille mesure la livraison des veilles par webhook. "
                + "Mille abonnés attendent la même histoire, signée et horodatée.";
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, articleId, "story-" + articleId, "https://bench.example/" + articleId,
                "bench", "fr", "Banc d'essai des webhooks", null, Instant.now(), text, List.of(), List.of(), null, null, null);
    }

    private static Double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static void post(HttpClient http, String url, String key, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
