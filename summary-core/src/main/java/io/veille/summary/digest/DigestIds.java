package io.veille.summary.digest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.veille.contracts.Digest;

/** Digest ids are derived from what is summarised, so a replay finds the same digest. */
public final class DigestIds {

    private DigestIds() {
    }

    public static String of(Digest.Kind kind, String subjectId, String lang) {
        String name = kind.name() + "|" + subjectId + "|" + lang;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
