package io.veille.extractor.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of extractor.article: one per article id, rewritten in place when a new extraction differs. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String url;

    @Column(name = "canonical_url", nullable = false)
    public String canonicalUrl;

    @Column(name = "source_id")
    public String sourceId;

    public String lang;
    public String title;
    public String byline;

    @Column(name = "site_name")
    public String siteName;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When the page says it was last modified; published_at stays the original date. */
    @Column(name = "modified_at")
    public Instant modifiedAt;

    /** The page's lead image URL. */
    public String image;

    /** The site's section for the article ("Économie", "Tech"). */
    public String section;

    @Column(nullable = false)
    public String text;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "story_id", nullable = false)
    public String storyId;

    /** The article this one is a syndicated copy of (a near-duplicate received earlier), or null. */
    @Column(name = "copy_of")
    public String copyOf;

    /** 1 for the first extraction; earlier revisions are in extractor.article_revision. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
