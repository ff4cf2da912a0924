package io.veille.extractor.persist;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of extractor.story: a summary of its articles, recomputed when one joins. */
@Entity
@Table(name = "story")
public class StoryEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    @Column(name = "first_published_at")
    public Instant firstPublishedAt;

    @Column(name = "last_published_at")
    public Instant lastPublishedAt;

    @Column(name = "article_count", nullable = false)
    public int articleCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
