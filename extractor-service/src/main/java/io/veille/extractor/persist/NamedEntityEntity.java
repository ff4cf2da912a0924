package io.veille.extractor.persist;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.veille.contracts.ExtractedArticle.Span;

/**
 * One row of extractor.entity: a person, organisation or place named by an article
 * ("NamedEntity" because "Entity" alone would clash with JPA's own vocabulary).
 */
@Entity
@Table(name = "entity")
public class NamedEntityEntity extends ArticleRowEntity {

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Span> mentions;
}
