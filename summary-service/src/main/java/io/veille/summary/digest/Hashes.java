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

    /** The input of a digest: the article content and who writes it. */
    public static String input(String contentHash, String provider, String model, int generatorVersion) {
        return sha256(contentHash + "|" + provider + "|" + model + "|" + generatorVersion);
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
