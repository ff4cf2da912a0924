package io.veille.summary.digest;

import java.time.Instant;
import java.util.List;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;

/** Turns written text into the ARTICLE digests of one article, one per language, not yet versioned. */
public final class ArticleDigests {

    /** Bumped when the extractive templates change, so stored digests are rewritten on replay. */
    public static final int GENERATOR_VERSION = 1;

    private ArticleDigests() {
    }

    public static List<Digest> of(ExtractedArticle article, WrittenDigest written, Instant createdAt) {
        return Bilingual.LANGUAGES.stream().map(lang -> {
            DigestText text = written.text().in(lang);
            return new Digest(Digest.SCHEMA_VERSION, DigestIds.of(Digest.Kind.ARTICLE, article.articleId(), lang),
                    Digest.Kind.ARTICLE, article.articleId(), lang, text.title(), text.items(), written.provider(),
                    written.model(), written.status().name(), createdAt, 0);
        }).toList();
    }

    public static String inputHash(String contentHash, DigestWriter writer) {
        return Hashes.input(contentHash, writer.provider(), writer.model(), GENERATOR_VERSION);
    }
}
