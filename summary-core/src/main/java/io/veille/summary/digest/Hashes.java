package io.veille.summary.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;

/** SHA-256 fingerprints that decide whether an article (and so its digest) changed. */
public final class Hashes {

    private Hashes() {
    }

    /** The article as serialised on the wire: same event, same hash, whichever service wrote it. */
    public static String content(ExtractedArticle article) {
        return sha256(EventJson.write(article));
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
