package io.veille.summary.digest;

import java.time.Instant;
import java.util.List;

import io.veille.contracts.Digest;

/** Turns written text into the digests of a subject, one per language, not yet versioned. */
public final class SubjectDigests {

    /** Bumped when the extractive templates change, so stored digests are rewritten on replay. */
    public static final int GENERATOR_VERSION = 2;

    private SubjectDigests() {
    }

    public static List<Digest> of(DigestSubject subject, WrittenDigest written, Instant createdAt) {
        return Bilingual.LANGUAGES.stream().map(lang -> {
            DigestText text = written.text().in(lang);
            return new Digest(Digest.SCHEMA_VERSION, DigestIds.of(subject.kind(), subject.subjectId(), lang), subject.kind(),
                    subject.subjectId(), lang, text.title(), text.items(), written.provider(), written.model(),
                    written.status().name(), createdAt, 0);
        }).toList();
    }

    /** The input of a digest: the subject's version and who writes it, how. Same input, same digest. */
    public static String inputHash(DigestSubject subject, DigestWriter writer) {
        return Hashes.sha256(subject.version() + "|" + writer.provider() + "|" + writer.model() + "|" + GENERATOR_VERSION
                + "|" + writer.generatorVersion());
    }
}
