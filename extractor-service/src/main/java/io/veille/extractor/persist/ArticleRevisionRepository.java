package io.veille.extractor.persist;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ArticleRevisionRepository implements PanacheRepositoryBase<ArticleRevisionEntity, Long> {

    /** Newest first. */
    public List<ArticleRevisionEntity> ofArticle(String articleId) {
        return list("articleId", Sort.by("revision", Sort.Direction.Descending), articleId);
    }

    /** Whether {@code contentHash} is a version this article already had before its current one. */
    boolean isEarlierVersion(String articleId, String contentHash) {
        return count("articleId = ?1 and contentHash = ?2", articleId, contentHash) > 0;
    }

    /** Copies the article's current version before it is overwritten. */
    void keepPrevious(ArticleEntity current) {
        ArticleRevisionEntity previous = new ArticleRevisionEntity();
        previous.articleId = current.id;
        previous.revision = current.revision;
        previous.contentHash = current.contentHash;
        previous.title = current.title;
        previous.text = current.text;
        previous.extractedAt = current.updatedAt;
        persist(previous);
    }
}
