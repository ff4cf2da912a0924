package io.veille.summary.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a receiver does with a webhook call: the signature must be the body's under the shared secret,
 * and the timestamp within the tolerance of now (either side, for clock skew), so a captured call
 * cannot be replayed later. Compared in constant time.
 */
public final class WebhookVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final String secret;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(String secret, Duration tolerance, Clock clock) {
        this.secret = secret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    public WebhookVerifier(String secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * @param timestamp the Veille-Timestamp header
     * @param signature the Veille-Signature header
     * @throws IllegalArgumentException naming why the call is not genuine
     */
    public void verify(String timestamp, String body, String signature) {
        if (timestamp == null || signature == null || body == null) {
            throw new IllegalArgumentException("Veille-Timestamp, Veille-Signature and a body are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Veille-Timestamp is not a number of seconds: '" + timestamp + "'");
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(tolerance) > 0) {
            throw new IllegalArgumentException("Veille-Timestamp is " + age.toSeconds() + " s from now, more than " + tolerance);
        }
        byte[] expected = WebhookSigner.signature(secret, seconds, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("Veille-Signature does not match the body");
        }
    }

    public boolean isGenuine(String timestamp, String body, String signature) {
        try {
            verify(timestamp, body, signature);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
