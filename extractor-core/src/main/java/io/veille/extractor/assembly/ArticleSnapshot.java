package io.veille.extractor.assembly;

import java.time.Instant;

import io.veille.contracts.ExtractedArticle;
import io.veille.extractor.story.Fingerprint;

/**
 * Everything stored about one article: the published event plus what only the database keeps.
 *
 * @param canonicalUrl the URL the article id is derived from
 * @param siteName     the publication's name as the page states it, or null
 * @param fingerprint  what story matching needs, or null when the article has nothing to match on (it stays a story of its own)
 * @param media        the page's image, section and modified date (not on the event: only the database keeps them)
 */
public record ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName, Fingerprint fingerprint,
        Media media) {

    public ArticleSnapshot {
        media = media == null ? Media.NONE : media;
    }

    /**
     * @param image      the page's lead image URL, or null
     * @param section    the site's section for the article, or null
     * @param modifiedAt when the page says it was last modified, or null
     */
    public record Media(String image, String section, Instant modifiedAt) {

        public static final Media NONE = new Media(null, null, null);

        public boolean isEmpty() {
            return image == null && section == null && modifiedAt == null;
        }
    }

    /** The same snapshot, its event carrying the story the article was placed in. */
    public ArticleSnapshot withStory(String storyId) {
        return withStory(storyId, article.copyOf());
    }

    /** The same snapshot placed in a story, and marked as a syndicated copy of {@code copyOf} (null: none). */
    public ArticleSnapshot withStory(String storyId, String copyOf) {
        ExtractedArticle a = article;
        ExtractedArticle placed = new ExtractedArticle(a.schemaVersion(), a.articleId(), storyId, a.url(), a.sourceId(), a.lang(),
                a.title(), a.byline(), a.publishedAt(), a.text(), a.entities(), a.facts(), a.truncation(), copyOf);
        return new ArticleSnapshot(placed, canonicalUrl, siteName, fingerprint, media);
    }
}
