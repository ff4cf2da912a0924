package io.veille.extractor.persist;

import io.veille.contracts.ExtractedArticle;

/**
 * Everything stored about one article: the published event plus what only the database keeps.
 *
 * @param canonicalUrl the URL the article id is derived from
 * @param siteName     the publication's name as the page states it, or null
 */
public record ArticleSnapshot(ExtractedArticle article, String canonicalUrl, String siteName) {
}
