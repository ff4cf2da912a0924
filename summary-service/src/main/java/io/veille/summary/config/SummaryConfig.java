package io.veille.summary.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.summary.*: the service's own settings. */
@ConfigMapping(prefix = "veille.summary")
public interface SummaryConfig {

    /** Largest POST /api/v1/summaries body accepted, in bytes. */
    @WithDefault("1048576")
    long maxSummaryBodyBytes();

    Retry retry();

    interface Retry {

        /** Tries of a database write or a publication before the record goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration initialBackoff();
    }
}
