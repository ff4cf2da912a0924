package io.veille.summary.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.services.*: the peer services POST /api/v1/summaries relies on. */
@ConfigMapping(prefix = "veille.services")
public interface ServicesConfig {

    @WithDefault("http://127.0.0.1:8081")
    String crawlerUrl();

    @WithDefault("http://127.0.0.1:8082")
    String extractorUrl();

    @WithDefault("20s")
    Duration timeout();
}
