package io.veille.crawler.persist;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.crawler.poll.ArticleLedger;

@ApplicationScoped
public class SeenArticleRepository implements PanacheRepositoryBase<SeenArticleEntity, String>, ArticleLedger {

    /** Errors are for operators to read, not to store pages of stack trace. */
    private static final int MAX_ERROR_CHARS = 1000;

    @Override
    @Transactional
    public Optional<Entry> find(String urlHash) {
        return findByIdOptional(urlHash)
                .map(e -> new Entry(e.urlHash, e.publishedAt, e.lastStatus, e.attempts, e.itemChanged, e.etag, e.lastModified));
    }

    @Override
    @Transactional
    public void markPublished(String urlHash, Published page, Instant now) {
        SeenArticleEntity e = loadOrCreate(urlHash, page.canonicalUrl(), page.sourceId(), now);
        e.canonicalUrl = page.canonicalUrl();
        e.itemDate = page.itemDate();
        e.itemChanged = page.changed();
        e.etag = page.etag();
        e.lastModified = page.lastModified();
        e.lastStatus = page.status();
        e.lastError = null;
        e.lastAttempt = now;
        if (e.publishedAt == null) {
            e.publishedAt = now;
        }
    }

    @Override
    @Transactional
    public void markUnchanged(String urlHash, Instant changed, Instant now) {
        findByIdOptional(urlHash).ifPresent(e -> {
            e.itemChanged = changed;
            e.lastStatus = 304;
            e.lastAttempt = now;
        });
    }

    @Override
    @Transactional
    public void recordFailure(String urlHash, String canonicalUrl, String sourceId, int status, String error, boolean permanent, Instant now) {
        SeenArticleEntity e = loadOrCreate(urlHash, canonicalUrl, sourceId, now);
        e.lastStatus = status;
        e.lastError = error == null || error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS);
        e.lastAttempt = now;
        // A permanent failure uses up every attempt at once, so the page is not fetched again.
        e.attempts = permanent ? Math.max(e.attempts + 1, Integer.MAX_VALUE / 2) : e.attempts + 1;
    }

    private SeenArticleEntity loadOrCreate(String urlHash, String canonicalUrl, String sourceId, Instant now) {
        return findByIdOptional(urlHash).orElseGet(() -> {
            SeenArticleEntity e = new SeenArticleEntity();
            e.urlHash = urlHash;
            e.canonicalUrl = canonicalUrl;
            e.sourceId = sourceId;
            e.firstSeen = now;
            e.lastAttempt = now;
            persist(e);
            return e;
        });
    }
}
