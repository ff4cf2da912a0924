package io.veille.summary.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** veille.delivery.*: how subscribers get their digests. */
@ConfigMapping(prefix = "veille.delivery")
public interface DeliveryConfig {

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
