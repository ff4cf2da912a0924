package io.veille.crawler.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "seen_article")
public class SeenArticleEntity extends PanacheEntityBase {

    @Id
    @Column(name = "url_hash")
    public String urlHash;

    @Column(name = "canonical_url", nullable = false)
    public String canonicalUrl;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(name = "first_seen", nullable = false)
    public Instant firstSeen;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "item_date")
    public Instant itemDate;

    @Column(name = "last_status", nullable = false)
    public int lastStatus;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt", nullable = false)
    public Instant lastAttempt;

    @Column(name = "item_changed")
    public Instant itemChanged;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;
}
