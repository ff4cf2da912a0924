package io.veille.extractor.persist;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NamedEntityRepository implements PanacheRepositoryBase<NamedEntityEntity, Long> {

    public List<NamedEntityEntity> ofArticle(String articleId) {
        return list("articleId", Sort.by("type").and("name"), articleId);
    }

    long deleteOfArticle(String articleId) {
        return delete("articleId", articleId);
    }
}
