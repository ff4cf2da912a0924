package io.veille.summary.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** veille.services.*: the peer services POST /api/v1/summaries relies on. */
@ConfigMapping(prefix = "veille.services")
public interface ServicesConfig {

    @WithDefault("http://127.0.0.1:8081")
    String crawlerUrl();

    @WithDefault("http://127.0.0.1:8082")
    String extractorUrl();

    @WithDefault("20s")
    Duration timeout();

    /**
     * The key sent as X-API-Key to the crawler's POST /api/v1/fetch and the extractor's POST /api/v1/extract,
     * which need the admin scope (env VEILLE_SERVICES_API_KEY); none: the calls go without a key.
     */
    @WithName("api-key")
    Optional<String> apiKey();
}
