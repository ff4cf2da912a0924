package io.veille.summary.digest;

import java.util.Comparator;
import java.util.List;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;

/**
 * What one ARTICLE or STORY digest summarises: its articles, oldest first, and the version of that
 * input (a hash of the articles' contents), which decides whether it must be written again.
 */
public record DigestSubject(Digest.Kind kind, String subjectId, List<ExtractedArticle> articles, String version) {

    private static final Comparator<ExtractedArticle> OLDEST_FIRST = Comparator
            .comparing((ExtractedArticle a) -> a.publishedAt() == null ? java.time.Instant.MAX : a.publishedAt())
            .thenComparing(ExtractedArticle::articleId);

    public DigestSubject {
        if (kind == Digest.Kind.PERIOD) {
            throw new IllegalArgumentException("period digests are composed from story digests, not written from articles");
        }
        if (articles == null || articles.isEmpty()) {
            throw new IllegalArgumentException("a digest subject needs at least one article");
        }
        articles = articles.stream().sorted(OLDEST_FIRST).toList();
    }

    public static DigestSubject article(ExtractedArticle article) {
        return article(article, Hashes.content(article));
    }

    public static DigestSubject article(ExtractedArticle article, String contentHash) {
        return new DigestSubject(Digest.Kind.ARTICLE, article.articleId(), List.of(article),
                Hashes.sha256("ARTICLE|" + article.articleId() + "|" + contentHash));
    }

    /** @param contentHashes the stored content hash of each article, in any order */
    public static DigestSubject story(String storyId, List<ExtractedArticle> articles, List<String> contentHashes) {
        String joined = String.join(",", contentHashes.stream().sorted().toList());
        return new DigestSubject(Digest.Kind.STORY, storyId, articles, Hashes.sha256("STORY|" + storyId + "|" + joined));
    }

    public boolean isStory() {
        return kind == Digest.Kind.STORY;
    }
}
