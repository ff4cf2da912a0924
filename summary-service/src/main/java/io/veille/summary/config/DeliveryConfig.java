package io.veille.summary.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.delivery.*: how subscriptions' webhooks are called and retried. */
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
}
