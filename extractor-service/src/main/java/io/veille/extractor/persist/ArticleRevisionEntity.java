package io.veille.extractor.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One superseded extraction of an article; (article_id, revision) is its natural key. */
@Entity
@Table(name = "article_revision")
public class ArticleRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public String articleId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public String title;

    @Column(nullable = false)
    public String text;

    @Column(name = "extracted_at", nullable = false)
    public Instant extractedAt;
}
