package io.veille.extractor.persist;

import io.veille.contracts.ExtractedArticle;
import io.veille.extractor.story.Fingerprint;

/**
 * Everything stored about one article: the published event plus what only the database keeps.
 *
 * @param canonicalUrl the URL the article id is derived from
 * @param siteName     the publication's name as the page states it, or null
 * @param fingerprint  what story matching needs, or null to keep the event's story id as it is
 */
public record ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName, Fingerprint fingerprint) {

    public ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName) {
        this(article, canonicalUrl, siteName, null);
    }

    ArticleSnapshot withStory(String storyId) {
        ExtractedArticle a = article;
        ExtractedArticle placed = new ExtractedArticle(a.schemaVersion(), a.articleId(), storyId, a.url(), a.sourceId(), a.lang(),
                a.title(), a.byline(), a.publishedAt(), a.text(), a.entities(), a.facts());
        return new ArticleSnapshot(placed, canonicalUrl, siteName, fingerprint);
    }
}
