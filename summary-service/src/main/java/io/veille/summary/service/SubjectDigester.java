package io.veille.summary.service;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.digest.DigestStatus;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.PeriodWindow;
import io.veille.summary.digest.SubjectDigests;
import io.veille.summary.digest.WrittenDigest;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.PendingDigestRepository;
import io.veille.summary.persist.PublishLock;
import io.veille.summary.persist.StoredDigest;
import io.veille.summary.publish.DigestPublisher;
import io.veille.summary.publish.DigestTopicReader;
import io.veille.support.messaging.PublishFailures;
import io.veille.support.retry.BoundedRetry;

/**
 * An article or a story to its French and English digests: write them unless their input is
 * unchanged (no model call, no new version on a replay), store the new versions, publish what the
 * broker has not acknowledged yet. A new story digest marks the period windows of its articles
 * for new period digests.
 */
@ApplicationScoped
public class SubjectDigester {

    /** A stage failed after its retries; the consumer dead-letters the record. */
    public static final class StageFailure extends RuntimeException {

        private final String stage;
        private final int attempts;

        StageFailure(String stage, int attempts, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.stage = stage;
            this.attempts = attempts;
        }

        public String stage() {
            return stage;
        }

        public int attempts() {
            return attempts;
        }
    }

    private final DigestRepository digests;
    private final PendingDigestRepository pending;
    private final DigestWriter writer;
    private final DigestPublisher publisher;
    private final DigestTopicReader topic;
    /** Versions being sent by a thread of this process, which no other thread sends meanwhile. */
    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    /** Versions sent (or tried) by this process that the database does not note as published yet. */
    private final Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
    /**
     * Versions this process wrote and has not published yet. Any other unpublished version may have
     * been sent by another process (a replica, or this service before a restart) that stopped before
     * noting it, so it is looked up on its topic first.
     */
    private final Set<String> writtenHere = ConcurrentHashMap.newKeySet();
    private final PublishLock publishLock;
    private final DigestStream stream;
    private final BoundedRetry retry;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration periodDelay;
    private final ZoneId zone;
    private final int periodDays;

    public SubjectDigester(DigestRepository digests, PendingDigestRepository pending, DigestWriter writer,
            DigestPublisher publisher, DigestTopicReader topic, PublishLock publishLock, DigestStream stream,
            SummaryConfig config, MeterRegistry metrics, Clock clock) {
        this.digests = digests;
        this.pending = pending;
        this.writer = writer;
        this.publisher = publisher;
        this.topic = topic;
        this.publishLock = publishLock;
        this.stream = stream;
        this.retry = new BoundedRetry(config.retry().maxAttempts(), config.retry().initialBackoff());
        this.metrics = metrics;
        this.clock = clock;
        this.periodDelay = config.period().debounce();
        this.zone = config.period().zone();
        this.periodDays = config.period().days();
    }

    /**
     * @param rewriteFallback write again even if the input is unchanged when the current digest is a
     *                        fallback (the model may be back)
     * @return the digests published by this call (empty when a replay changed nothing)
     */
    public List<Digest> digest(DigestSubject subject, Set<String> tags, boolean rewriteFallback) {
        String inputHash = SubjectDigests.inputHash(subject, writer);
        List<StoredDigest> stored;
        Optional<List<StoredDigest>> current = stage("read-digest", () -> current(subject, inputHash, rewriteFallback));
        if (current.isPresent()) {
            stored = current.get();
        } else {
            WrittenDigest written = singleArticleStory(subject).orElseGet(() -> writer.write(subject));
            List<DigestRepository.Candidate> candidates = SubjectDigests.of(subject, written, clock.instant()).stream()
                    .map(d -> new DigestRepository.Candidate(d, inputHash, tags))
                    .toList();
            stored = stage("persist-digest", () -> digests.saveNewVersions(candidates));
            // a new row carries the candidate's creation time; a version found in place does not
            Set<String> created = candidates.stream().map(c -> c.digest().id() + "@" + c.digest().createdAt()).collect(Collectors.toSet());
            stored.stream().filter(s -> !s.published() && created.contains(s.digest().id() + "@" + s.digest().createdAt()))
                    .forEach(s -> writtenHere.add(key(s)));
        }
        List<Digest> published = publish(stored);
        if (!published.isEmpty() && (subject.isStory() || subject.articles().get(0).storyId() == null)) {
            stage("mark-period", () -> {
                subject.articles().stream().map(this::window).distinct()
                        .forEach(day -> pending.mark(Digest.Kind.PERIOD, day, periodDelay));
                return null;
            });
        }
        return published;
    }

    /**
     * A story of one article says what its ARTICLE digest says: that digest is reused rather than
     * paid for twice. Empty when the subject is not such a story or its article digest is missing.
     */
    private Optional<WrittenDigest> singleArticleStory(DigestSubject subject) {
        if (!subject.isStory() || subject.articles().size() != 1) {
            return Optional.empty();
        }
        String articleId = subject.articles().get(0).articleId();
        Optional<Digest> fr = digests.latest(DigestIds.of(Digest.Kind.ARTICLE, articleId, "fr")).map(StoredDigest::digest);
        Optional<Digest> en = digests.latest(DigestIds.of(Digest.Kind.ARTICLE, articleId, "en")).map(StoredDigest::digest);
        if (fr.isEmpty() || en.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WrittenDigest(new Bilingual(new DigestText(fr.get().title(), fr.get().items()),
                new DigestText(en.get().title(), en.get().items())), fr.get().provider(), fr.get().model(),
                DigestStatus.valueOf(fr.get().status())));
    }

    /** Whether this article's ARTICLE digests are written for its current content (a one-article story can reuse them). */
    public boolean articleDigestsCurrent(DigestSubject article) {
        String inputHash = SubjectDigests.inputHash(article, writer);
        return Bilingual.LANGUAGES.stream().allMatch(lang -> digests.latest(DigestIds.of(Digest.Kind.ARTICLE, article.subjectId(), lang))
                .filter(s -> s.inputHash().equals(inputHash)).isPresent());
    }

    /**
     * Publishes the versions the broker has not acknowledged, in order; returns them. A version
     * another thread is sending is left to it; another replica sending it holds its
     * {@link PublishLock}, and this one finds it published once it gets the lock. One an earlier
     * attempt or another process may have sent is looked up on its topic first, and only noted as
     * published when it is there.
     */
    public List<Digest> publish(List<StoredDigest> stored) {
        List<Digest> published = new ArrayList<>();
        for (StoredDigest s : stored) {
            String key = key(s);
            if (s.published() || !sending.add(key)) {
                continue;
            }
            boolean sentHere;
            try {
                sentHere = publishLock.holding(key, () -> {
                    if (digests.isPublished(s.digest().id(), s.digest().version())) {
                        return false;
                    }
                    stage("publish", () -> {
                        if (!(maybeSent(key) && topic.holds(s.digest()))) {
                            unconfirmed.add(key);
                            publisher.publish(s.digest(), digests.tags(s.digest().id()));
                        }
                        return null;
                    });
                    // apart from the send: a failed note must not send the version again
                    stage("mark-published", () -> {
                        digests.markPublished(s.digest().id(), s.digest().version());
                        return null;
                    });
                    return true;
                });
                unconfirmed.remove(key);
                writtenHere.remove(key);
            } finally {
                sending.remove(key);
            }
            if (!sentHere) {
                continue;
            }
            stream.wake(); // its number is committed: this replica's clients need not wait for the tick
            metrics.counter("veille.summary.digests", "kind", s.digest().kind().name(), "status", s.digest().status(),
                    "lang", s.digest().lang(), "provider", s.digest().provider()).increment();
            published.add(s.digest());
        }
        return published;
    }

    /** Written by another process (which may have died after sending it), or sent here unconfirmed. */
    private boolean maybeSent(String key) {
        return !writtenHere.contains(key) || unconfirmed.contains(key);
    }

    private static String key(StoredDigest s) {
        return s.digest().id() + "@" + s.digest().version();
    }

    /** The key of the period window (days cut in the configured zone) a period digest files an article under. */
    String window(ExtractedArticle article) {
        return PeriodWindow.containing((article.publishedAt() == null ? clock.instant() : article.publishedAt()).atZone(zone)
                .toLocalDate(), periodDays).key();
    }

    /** The stored digests if they are current for this input, else empty (they must be written). */
    private Optional<List<StoredDigest>> current(DigestSubject subject, String inputHash, boolean rewriteFallback) {
        List<Optional<StoredDigest>> latest = Bilingual.LANGUAGES.stream()
                .map(lang -> digests.latest(DigestIds.of(subject.kind(), subject.subjectId(), lang)))
                .toList();
        boolean current = latest.stream().allMatch(s -> s.isPresent() && s.get().inputHash().equals(inputHash)
                && !(rewriteFallback && "FALLBACK".equals(s.get().digest().status())));
        return current ? Optional.of(latest.stream().map(Optional::get).toList()) : Optional.empty();
    }

    /** Runs one stage with retries, except for a send failure that would only repeat (a digest too large for its topic). */
    <T> T stage(String name, Supplier<T> action) {
        try {
            return retry.run(action, PublishFailures::isCurableByRetry);
        } catch (BoundedRetry.RetriesExhausted e) {
            throw new StageFailure(name, e.attempts(), e.last());
        }
    }
}
