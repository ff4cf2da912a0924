package io.veille.summary.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestTags;
import io.veille.summary.persist.ArticleRepository;

/**
 * One extracted article to its French and English ARTICLE digests: store the projection (which
 * marks its story for a new STORY digest), then digest it, unless it is a syndicated copy of an
 * article already digested.
 */
@ApplicationScoped
public class ArticleDigestPipeline {

    private final ArticleRepository articles;
    private final SubjectDigester digester;
    private final SubscriptionCatalog catalog;

    public ArticleDigestPipeline(ArticleRepository articles, SubjectDigester digester, SubscriptionCatalog catalog) {
        this.articles = articles;
        this.digester = digester;
        this.catalog = catalog;
    }

    /**
     * @return the digests published by this call (empty when a replay changed nothing, or for a
     *         syndicated copy: its story's digest cites it, and no model writes the same text twice)
     */
    public List<Digest> process(ExtractedArticle article) {
        String contentHash = digester.stage("persist-article", () -> articles.upsert(article));
        if (article.copyOf() != null) {
            return List.of();
        }
        DigestSubject subject = DigestSubject.article(article, contentHash);
        return digester.digest(subject, DigestTags.of(subject, catalog.topics(), catalog.watches()), false);
    }
}
