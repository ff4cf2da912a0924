package io.veille.summary.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.delivery.*: how subscribers get their digests: webhooks called and retried, e-mails scheduled. */
@ConfigMapping(prefix = "veille.delivery")
public interface DeliveryConfig {


    /** host:port entries a webhook may reach although private or loopback, like the crawler's allow-list. */
    Optional<List<String>> allowPrivateHosts();

    /** Attempts of a delivery before it is dead, the first one included. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failure, doubled after each one (with jitter). */
    @WithDefault("10s")
    Duration backoffInitial();

    @WithDefault("1h")
    Duration backoffMax();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole call: connection, request, answer. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * How often due deliveries (retries) are looked for; each enqueue also wakes the worker at once. Quarkus'
     * scheduler ticks every second, so less than 1s is not honoured.
     */
    @WithDefault("1s")
    Duration pollEvery();

    /** Deliveries one worker leases at a time, sent in parallel. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a leased delivery belongs to its worker; after it, another replica takes it (a crashed
     * worker's rows come back). Longer than a call's timeout.
     */
    @WithDefault("1m")
    Duration lease();


    /** The service's address as subscribers reach it, for the unsubscribe links of e-mails (no trailing slash). */
    String publicUrl();

    Email email();

    interface Email {

        /** The From of digest e-mails. */
        @WithDefault("Veille <veille@localhost>")
        String from();

        /** How often due e-mail subscriptions are looked for (read by the scheduler's annotation). */
        @WithDefault("30s")
        Duration tick();

        /**
         * How far behind now a window ends: a digest is stamped when it is written and committed a moment later, so a
         * window ending at now could miss one still being committed, forever.
         */
        @WithDefault("1m")
        Duration settle();

        /** Subscriptions handled per tick at most; the rest wait for the next tick. */
        @WithDefault("20")
        int batch();

        /** Wait before a failed e-mail (SMTP down, address refused) is tried again. */
        @WithDefault("5m")
        Duration retryAfter();

        /** Digests listed in one e-mail at most, the newest kept. */
        @WithDefault("50")
        int maxDigests();
    }
}
