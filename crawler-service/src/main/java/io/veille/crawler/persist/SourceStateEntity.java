package io.veille.crawler.persist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.veille.crawler.poll.SourceState;

@Entity
@Table(name = "source_state")
public class SourceStateEntity extends PanacheEntityBase {

    @Id
    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "last_polled")
    public Instant lastPolled;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "published_count", nullable = false)
    public long publishedCount;

    @Column(name = "failed_count", nullable = false)
    public long failedCount;

    @Column(name = "feed_error_count", nullable = false)
    public long feedErrorCount;

    @Column(name = "last_new_articles", nullable = false)
    public int lastNewArticles;

    SourceState toState() {
        return new SourceState(sourceId, lastPolled, etag, lastModified, lastError, consecutiveFailures,
                publishedCount, failedCount, feedErrorCount, lastNewArticles);
    }

    void copy(SourceState s) {
        sourceId = s.sourceId();
        lastPolled = s.lastPolled();
        etag = s.etag();
        lastModified = s.lastModified();
        lastError = s.lastError();
        consecutiveFailures = s.consecutiveFailures();
        publishedCount = s.publishedCount();
        failedCount = s.failedCount();
        feedErrorCount = s.feedErrorCount();
        lastNewArticles = s.lastNewArticles();
    }
}
