package io.veille.summary.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.veille.contracts.Digest;

/**
 * One feed of digests (the latest version of each, newest first) and what a cache validates it by:
 * a strong ETag over the ids and versions listed, so it changes exactly when an entry is added,
 * dropped or reissued, and the newest creation time as Last-Modified.
 *
 * @param id      the feed's own stable id, a URN
 * @param title   the feed's title, in its language
 * @param selfUrl where the feed is served
 * @param digestUrl the API address of a digest, with {@code %s} for its id
 */
public record DigestFeed(String id, String title, String lang, String selfUrl, String digestUrl, List<Digest> digests) {

    public DigestFeed {
        digests = List.copyOf(digests);
    }

    /** The stable id of a digest's entry across its versions: digest ids are name-based UUIDs. */
    public static String entryId(Digest digest) {
        return "urn:uuid:" + digest.id();
    }

    /**
     * A strong entity tag (unquoted) of the feed in a format: SHA-256 of the format, the feed id
     * and the ids and versions listed, in order. Atom and RSS are two representations, two tags.
     */
    public String etag(FeedFormat format) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((format.extension() + "\n" + id + "\n").getBytes(StandardCharsets.UTF_8));
            for (Digest digest : digests) {
                sha.update((digest.id() + "@" + digest.version() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The newest creation time of a version listed; empty for an empty feed. */
    public Optional<Instant> lastModified() {
        return digests.stream().map(Digest::createdAt).max(Comparator.naturalOrder());
    }
}
