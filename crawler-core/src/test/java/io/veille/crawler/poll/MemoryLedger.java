package io.veille.crawler.poll;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.veille.contracts.RawArticle;

/** The poller's ports in memory: a ledger, a state store and a sink that keeps what it was given. */
final class MemoryLedger implements ArticleLedger, SourceStateStore, RawArticleSink {

    final Map<String, Entry> entries = new ConcurrentHashMap<>();
    final Map<String, SourceState> states = new ConcurrentHashMap<>();
    final List<RawArticle> published = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Entry> find(String urlHash) {
        return Optional.ofNullable(entries.get(urlHash));
    }

    @Override
    public void markPublished(String urlHash, Published page, Instant now) {
        entries.put(urlHash, new Entry(urlHash, now, page.status(), 0, page.changed(), page.etag(), page.lastModified()));
    }

    @Override
    public void markUnchanged(String urlHash, Instant changed, Instant now) {
        entries.computeIfPresent(urlHash, (k, e) -> new Entry(k, e.published(), 304, e.attempts(), changed, e.etag(), e.lastModified()));
    }

    @Override
    public void recordFailure(String urlHash, String canonicalUrl, String sourceId, int status, String error, boolean permanent,
                              Instant now) {
        Entry e = entries.get(urlHash);
        int attempts = (e == null ? 0 : e.attempts()) + 1;
        entries.put(urlHash, new Entry(urlHash, null, status, permanent ? Integer.MAX_VALUE / 2 : attempts));
    }

    @Override
    public Optional<SourceState> load(String sourceId) {
        return Optional.ofNullable(states.get(sourceId));
    }

    @Override
    public List<SourceState> loadAll() {
        return List.copyOf(states.values());
    }

    @Override
    public void save(SourceState state) {
        states.put(state.sourceId(), state);
    }

    @Override
    public void publish(RawArticle article) {
        published.add(article);
    }

    List<String> publishedUrls() {
        return published.stream().map(RawArticle::canonicalUrl).toList();
    }
}
