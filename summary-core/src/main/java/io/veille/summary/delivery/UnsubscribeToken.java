package io.veille.summary.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an e-mail's unsubscribe link: base64url (no padding) of HMAC-SHA256 of the
 * subscription id under the subscription's secret. A link works without signing in and cannot be
 * forged for another subscription; a new secret voids the old links.
 */
public final class UnsubscribeToken {

    private static final String HMAC = "HmacSHA256";

    private UnsubscribeToken() {
    }

    public static String of(String secret, String subscriptionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(secret, subscriptionId));
    }

    /** The link of an e-mail's footer and List-Unsubscribe header: {publicUrl}/unsubscribe/{id}?token=… */
    public static String link(String publicUrl, String subscriptionId, String secret) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/unsubscribe/" + URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8).replace("+", "%20")
                + "?token=" + of(secret, subscriptionId);
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of the token was right. */
    public static boolean matches(String secret, String subscriptionId, String token) {
        if (secret == null || subscriptionId == null || token == null) {
            return false;
        }
        byte[] expected = of(secret, subscriptionId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(String secret, String subscriptionId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(subscriptionId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
