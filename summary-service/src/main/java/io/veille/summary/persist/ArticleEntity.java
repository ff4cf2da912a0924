package io.veille.summary.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** summary.article: this service's projection of an extracted article. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "story_id")
    public String storyId;

    public String url;

    @Column(name = "source_id")
    public String sourceId;

    public String lang;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String text;

    /** The facts as the event carried them (EventJson), kept whole for later STORY digests. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    @JdbcTypeCode(SqlTypes.JSON)
    public String entities;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
