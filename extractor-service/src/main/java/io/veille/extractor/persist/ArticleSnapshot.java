package io.veille.extractor.persist;

import java.time.Instant;

import io.veille.contracts.ExtractedArticle;
import io.veille.extractor.story.Fingerprint;

/**
 * Everything stored about one article: the published event plus what only the database keeps.
 *
 * @param canonicalUrl the URL the article id is derived from
 * @param siteName     the publication's name as the page states it, or null
 * @param fingerprint  what story matching needs, or null to keep the event's story id as it is
 * @param media        the page's image, section and modified date (not on the event: only the database keeps them)
 */
public record ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName, Fingerprint fingerprint,
        Media media) {

    public ArticleSnapshot {
        media = media == null ? Media.NONE : media;
    }

    public ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName, Fingerprint fingerprint) {
        this(article, canonicalUrl, siteName, fingerprint, Media.NONE);
    }

    public ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName) {
        this(article, canonicalUrl, siteName, null, Media.NONE);
    }

    /**
     * @param image      the page's lead image URL, or null
     * @param section    the site's section for the article, or null
     * @param modifiedAt when the page says it was last modified, or null
     */
    public record Media(String image, String section, Instant modifiedAt) {

        public static final Media NONE = new Media(null, null, null);

        boolean isEmpty() {
            return image == null && section == null && modifiedAt == null;
        }
    }

    ArticleSnapshot withStory(String storyId) {
        ExtractedArticle a = article;
        ExtractedArticle placed = new ExtractedArticle(a.schemaVersion(), a.articleId(), storyId, a.url(), a.sourceId(), a.lang(),
                a.title(), a.byline(), a.publishedAt(), a.text(), a.entities(), a.facts());
        return new ArticleSnapshot(placed, canonicalUrl, siteName, fingerprint, media);
    }
}
