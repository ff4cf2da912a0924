package io.veille.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable short identifiers derived from URLs: record keys and article ids. */
public final class UrlHash {

    private UrlHash() {
    }

    /** The first 128 bits of SHA-256, hex: collision-free in practice and short enough for keys and URLs. */
    public static String of(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
