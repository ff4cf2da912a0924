package io.veille.extractor.persist;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of extractor.story_fingerprint: an assigned article as story matching sees it. */
@Entity
@Table(name = "story_fingerprint")
public class StoryFingerprintEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    public String lang;
    public String title;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "anchor_first", nullable = false)
    public LocalDate anchorFirst;

    @Column(name = "anchor_last", nullable = false)
    public LocalDate anchorLast;

    @Column(nullable = false)
    public String anchors;

    @Column(name = "sim_hash")
    public Long simHash;

    @Column(nullable = false)
    public String features;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
