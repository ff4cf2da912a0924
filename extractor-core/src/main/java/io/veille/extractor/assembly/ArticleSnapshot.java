package io.veille.extractor.assembly;

import io.veille.contracts.ExtractedArticle;
import io.veille.extractor.story.Fingerprint;

/**
 * Everything stored about one article: the published event plus what only the database keeps.
 *
 * @param canonicalUrl the URL the article id is derived from
 * @param siteName     the publication's name as the page states it, or null
 * @param fingerprint  what story matching needs, or null when the article has nothing to match on (it stays a story of its own)
 */
public record ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName, Fingerprint fingerprint) {

    /** The page's image, section and modified date, as the event carries them (none: {@link ExtractedArticle.Media#NONE}). */
    public ExtractedArticle.Media media() {
        return article.media() == null ? ExtractedArticle.Media.NONE : article.media();
    }

    /** The same snapshot, its event carrying the story the article was placed in. */
    public ArticleSnapshot withStory(String storyId) {
        return withStory(storyId, article.copyOf());
    }

    /** The same snapshot placed in a story, and marked as a syndicated copy of {@code copyOf} (null: none). */
    public ArticleSnapshot withStory(String storyId, String copyOf) {
        return new ArticleSnapshot(article.placed(storyId, copyOf), canonicalUrl, siteName, fingerprint);
    }
}
