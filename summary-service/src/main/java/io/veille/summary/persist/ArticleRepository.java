package io.veille.summary.persist;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.digest.Hashes;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    private final Clock clock;

    public ArticleRepository(Clock clock) {
        this.clock = clock;
    }

    /** Inserts or refreshes the projection; an unchanged article is not written. Returns its content hash. */
    @Transactional
    public String upsert(ExtractedArticle article) {
        String hash = Hashes.content(article);
        ArticleEntity row = findById(article.articleId());
        if (row != null && hash.equals(row.contentHash)) {
            return hash;
        }
        if (row == null) {
            row = new ArticleEntity();
            row.id = article.articleId();
        }
        row.storyId = article.storyId();
        row.url = article.url();
        row.sourceId = article.sourceId();
        row.lang = article.lang();
        row.title = article.title();
        row.publishedAt = article.publishedAt();
        row.text = article.text();
        row.facts = EventJson.write(article.facts());
        row.entities = EventJson.write(article.entities());
        row.contentHash = hash;
        row.updatedAt = clock.instant();
        persist(row);
        return hash;
    }
}
