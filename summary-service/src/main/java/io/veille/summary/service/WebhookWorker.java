package io.veille.summary.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.summary.client.webhook.WebhookClient;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.RetryBackoff;
import io.veille.summary.delivery.WebhookSigner;
import io.veille.summary.persist.DeliveryRepository;
import io.veille.summary.persist.DeliveryRepository.Attempt;
import io.veille.summary.persist.DeliveryRepository.Citation;
import io.veille.summary.persist.DeliveryRepository.Due;

/**
 * Sends due webhook deliveries: leases a batch (FOR UPDATE SKIP LOCKED, the lease moving next_attempt_at
 * forward, so a crashed worker's rows come back and replicas never share a row), calls each target in
 * parallel on virtual threads, and records every attempt: 2xx delivered; anything else retried with
 * backoff until the last attempt, then dead with its reason. Runs every poll interval and when a
 * digest was just enqueued.
 */
@ApplicationScoped
public class WebhookWorker {

    public static final String DELIVERY_HEADER = "Veille-Delivery";
    public static final String TIMESTAMP_HEADER = "Veille-Timestamp";
    public static final String SIGNATURE_HEADER = "Veille-Signature";
    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final DeliveryRepository deliveries;
    private final WebhookClient client;
    private final RetryBackoff backoff;
    private final DeliveryConfig config;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenMeanwhile = new AtomicBoolean();

    public WebhookWorker(DeliveryRepository deliveries, WebhookClient client, RetryBackoff backoff, DeliveryConfig config,
                         MeterRegistry metrics, Clock clock) {
        this.deliveries = deliveries;
        this.client = client;
        this.backoff = backoff;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        if (config.lease().compareTo(config.timeout().multipliedBy(2)) < 0) {
            // a lease ending while its call runs would let another worker send the same delivery meanwhile
            throw new IllegalStateException("veille.delivery.lease (" + config.lease() + ") must be at least twice"
                    + " veille.delivery.timeout (" + config.timeout() + ")");
        }
    }

    @Scheduled(every = "${veille.delivery.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        drain();
    }

    /** Deliveries were just queued: send them now rather than at the next tick. */
    public void wake() {
        if (!threads.isShutdown()) {
            threads.execute(this::drain);
        }
    }

    private void drain() {
        if (!running.compareAndSet(false, true)) {
            wokenMeanwhile.set(true);
            return;
        }
        try {
            do {
                wokenMeanwhile.set(false);
                while (sendBatch() == config.batchSize()) {
                    // a full batch: there may be more due
                }
            } while (wokenMeanwhile.get());
        } catch (RuntimeException e) {
            // the database is away, most likely: the leased rows come back when their lease ends
            LOG.warnf("webhook deliveries not sent this round: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private int sendBatch() {
        Instant now = now();
        List<Due> due = deliveries.lease(config.batchSize(), now, now.plus(config.lease()));
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (Due delivery : due) {
            calls.add(CompletableFuture.runAsync(() -> send(delivery), threads));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        return due.size();
    }

    private void send(Due due) {
        try {
            String body = body(due);
            long timestamp = clock.instant().getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put(DELIVERY_HEADER, Long.toString(due.id()));
            headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
            headers.put(SIGNATURE_HEADER, WebhookSigner.signature(due.secret(), timestamp, body));
            Instant at = now();
            long started = System.nanoTime();
            WebhookClient.Answer answer = client.post(URI.create(due.url()), headers, body);
            Attempt attempt = new Attempt(at, answer.status() == 0 ? null : answer.status(), answer.error(),
                    (System.nanoTime() - started) / 1_000_000);
            record(due, answer, attempt);
        } catch (RuntimeException e) {
            LOG.warnf("delivery %d of subscription %s not attempted: %s", due.id(), due.subscriptionId(), e.getMessage());
        }
    }

    private void record(Due due, WebhookClient.Answer answer, Attempt attempt) {
        int attempts = due.attempts() + 1;
        String outcome;
        if (answer.delivered()) {
            deliveries.delivered(due.id(), attempt);
            outcome = "delivered";
        } else if (attempts >= config.maxAttempts()) {
            deliveries.dead(due.id(), attempt);
            outcome = "dead";
            LOG.warnf("delivery %d of digest %s v%d to subscription %s is dead after %d attempts: %s", due.id(), due.digestId(),
                    due.version(), due.subscriptionId(), attempts, answer.error());
        } else {
            deliveries.failed(due.id(), attempt, now().plus(backoff.after(attempts)));
            outcome = "failed";
        }
        metrics.counter("veille.deliveries", "channel", "webhook", "outcome", outcome).increment();
    }

    /** {"subscription", "digest" (the record's JSON as it was on the topic), "citations"}. */
    private String body(Due due) {
        Digest digest = EventJson.read(due.digestJson(), Digest.class);
        Map<String, Digest.Citation> cited = new LinkedHashMap<>();
        digest.items().stream().flatMap(item -> item.citations().stream()).forEach(c -> cited.putIfAbsent(c.articleId(), c));
        Map<String, Citation> stored = new LinkedHashMap<>();
        deliveries.citations(List.copyOf(cited.keySet())).forEach(c -> stored.put(c.articleId(), c));
        // an article this service no longer has is still cited, with what the digest says of it
        List<Citation> citations = cited.values().stream()
                .map(c -> stored.getOrDefault(c.articleId(), new Citation(c.articleId(), c.url(), null, c.sourceId())))
                .toList();
        return "{\"subscription\":" + EventJson.write(due.subscriptionId()) + ",\"digest\":" + due.digestJson().strip()
                + ",\"citations\":" + EventJson.write(citations) + "}";
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
