package io.veille.extractor.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One superseded extraction of an article; (article_id, revision) is its natural key. */
@Entity
@Table(name = "article_revision")
public class ArticleRevisionEntity extends ArticleRowEntity {

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
