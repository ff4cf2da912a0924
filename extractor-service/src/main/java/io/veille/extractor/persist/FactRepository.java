package io.veille.extractor.persist;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<FactEntity, Long> {

    public List<FactEntity> ofArticle(String articleId) {
        return list("articleId", Sort.by("startOffset").and("endOffset").and("type"), articleId);
    }

    long deleteOfArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
