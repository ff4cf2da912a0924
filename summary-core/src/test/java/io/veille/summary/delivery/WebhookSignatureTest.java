package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "a-shared-secret-of-some-length";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_signature_is_the_hmac_of_timestamp_dot_body_in_hex() {
        // openssl: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac key
        assertThat(WebhookSigner.signature("key", 1700000000L, "{\"a\":1}"))
                .isEqualTo("v1=a438e398bfafc57e4396bb7fc2304422f0f768e965d073ca313cb52e22e6ad03");
    }

    @Test
    void a_signed_call_within_the_window_is_genuine() {
        long ts = NOW.minusSeconds(60).getEpochSecond();
        String body = "{\"subscription\":\"sub_x\"}";
        assertThat(verifier.isGenuine(Long.toString(ts), body, WebhookSigner.signature(SECRET, ts, body))).isTrue();
    }

    @Test
    void a_changed_body_another_secret_or_an_old_timestamp_is_refused() {
        long ts = NOW.getEpochSecond();
        String body = "{\"a\":1}";
        String signature = WebhookSigner.signature(SECRET, ts, body);
        assertThatThrownBy(() -> verifier.verify(Long.toString(ts), "{\"a\":2}", signature)).hasMessageContaining("does not match");
        assertThatThrownBy(() -> verifier.verify(Long.toString(ts), body, WebhookSigner.signature("another-secret-entirely", ts, body)))
                .hasMessageContaining("does not match");
        long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
        assertThatThrownBy(() -> verifier.verify(Long.toString(old), body, WebhookSigner.signature(SECRET, old, body)))
                .hasMessageContaining("more than");
        // the timestamp is signed: a fresh timestamp on an old signature does not pass either
        assertThatThrownBy(() -> verifier.verify(Long.toString(ts), body, WebhookSigner.signature(SECRET, old, body)))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> verifier.verify("yesterday", body, signature)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> verifier.verify(null, body, signature)).hasMessageContaining("required");
    }
}
