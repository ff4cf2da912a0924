package io.veille.summary.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}. The timestamp
 * is inside the signed text, so a receiver that checks it (see {@link WebhookVerifier}) refuses an old
 * call replayed by whoever captured it.
 */
public final class WebhookSigner {

    public static final String SCHEME = "v1=";

    private WebhookSigner() {
    }

    /** @param unixSeconds the value sent as Veille-Timestamp */
    public static String signature(String secret, long unixSeconds, String body) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, unixSeconds + "." + body));
    }

    static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
