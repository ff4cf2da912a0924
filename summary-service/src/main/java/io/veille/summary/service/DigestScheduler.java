package io.veille.summary.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.veille.contracts.Digest;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.DigestSubject;
import io.veille.summary.digest.DigestTags;
import io.veille.summary.digest.DigestWriter;
import io.veille.summary.digest.PeriodWindow;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.PendingDigestRepository;

/**
 * Writes the digests that wait in summary.pending_digest: articles whose fallback is retried, then
 * stories (which mark their days), then days. Also republishes versions the broker never
 * acknowledged, retries FALLBACK digests when a model is configured, and recomposes yesterday's
 * and today's period digests after midnight.
 */
@ApplicationScoped
public class DigestScheduler {

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration UNACKNOWLEDGED = Duration.ofSeconds(30);
    private static final Duration REGENERATE_WINDOW = Duration.ofDays(2);

    private final PendingDigestRepository pending;
    private final ArticleRepository articles;
    private final DigestRepository digests;
    private final SubjectDigester digester;
    private final PeriodDigester periods;
    private final DigestWriter writer;
    private final SubscriptionCatalog catalog;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final SummaryConfig config;
    private final ScheduledRuns runs;

    public DigestScheduler(PendingDigestRepository pending, ArticleRepository articles, DigestRepository digests,
            SubjectDigester digester, PeriodDigester periods, DigestWriter writer, SubscriptionCatalog catalog, MeterRegistry metrics,
            Clock clock, SummaryConfig config, ScheduledRuns runs) {
        this.pending = pending;
        this.articles = articles;
        this.digests = digests;
        this.digester = digester;
        this.periods = periods;
        this.writer = writer;
        this.catalog = catalog;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
        this.runs = runs;
    }

    @Scheduled(every = "${veille.summary.story.flush-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void flush() {
        if (!runs.enter()) {
            return;
        }
        try {
            for (Digest.Kind kind : List.of(Digest.Kind.ARTICLE, Digest.Kind.STORY, Digest.Kind.PERIOD)) {
                for (PendingDigestRepository.Lease lease : pending.claimDue(kind, BATCH, LEASE)) {
                    if (runs.stopping()) {
                        return; // the leases left expire and are claimed again after the restart
                    }
                    run(lease);
                }
            }
            digester.publish(digests.unpublishedBefore(clock.instant().minus(UNACKNOWLEDGED), BATCH));
        } finally {
            runs.exit();
        }
    }

    private void run(PendingDigestRepository.Lease lease) {
        try {
            switch (lease.kind()) {
                case ARTICLE -> articles.byId(lease.subjectId()).ifPresent(p -> {
                    DigestSubject subject = DigestSubject.article(p.article(), p.contentHash());
                    digester.digest(subject, DigestTags.of(subject, catalog.topics(), catalog.watches()), true);
                });
                case STORY -> {
                    if (!story(lease)) {
                        pending.retryLater(lease, config.story().debounce());
                        return;
                    }
                }
                case PERIOD -> periods.digest(PeriodWindow.parse(lease.subjectId()));
            }
            pending.done(lease);
        } catch (RuntimeException e) {
            if (lease.attempts() >= MAX_ATTEMPTS) {
                LOG.errorf(e, "%s digest of %s failed %d times; given up until its subject changes again", lease.kind(),
                        lease.subjectId(), lease.attempts());
                metrics.counter("veille.summary.pending.abandoned", "kind", lease.kind().name()).increment();
                pending.done(lease);
            } else {
                LOG.warnf(e, "%s digest of %s failed (attempt %d); retried after %s", lease.kind(), lease.subjectId(),
                        lease.attempts(), LEASE);
            }
        }
    }

    /** @return false when the story must wait: its only article's ARTICLE digest is still being written */
    private boolean story(PendingDigestRepository.Lease lease) {
        String storyId = lease.subjectId();
        List<ArticleRepository.Projected> members = articles.byStory(storyId);
        if (members.isEmpty()) {
            return true;
        }
        // A one-article story reuses that article's digest: wait for it rather than pay a model twice (not forever).
        if (members.size() == 1 && lease.attempts() < MAX_ATTEMPTS
                && !digester.articleDigestsCurrent(DigestSubject.article(members.get(0).article(), members.get(0).contentHash()))) {
            return false;
        }
        DigestSubject subject = DigestSubject.story(storyId, members.stream().map(ArticleRepository.Projected::article).toList(),
                members.stream().map(ArticleRepository.Projected::contentHash).toList());
        digester.digest(subject, DigestTags.of(subject, catalog.topics(), catalog.watches()), true);
        return true;
    }

    /** With a model configured, digests that fell back during an outage are written again once it is back. */
    @Scheduled(every = "${veille.summary.story.regenerate-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void regenerateFallbacks() {
        if (!writer.retriesFallbacks() || !runs.enter()) {
            return;
        }
        try {
            for (DigestRepository.Subject s : digests.fallbacksSince(clock.instant().minus(REGENERATE_WINDOW), BATCH)) {
                pending.mark(s.kind(), s.subjectId(), Duration.ZERO);
            }
        } finally {
            runs.exit();
        }
    }

    /** The daily schedule: the windows of yesterday (now complete) and of today are recomposed. */
    @Scheduled(cron = "${veille.summary.period.cron:0 5 0 * * ?}", timeZone = "${veille.summary.period.zone:Europe/Paris}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void daily() {
        if (!runs.enter()) {
            return;
        }
        try {
            LocalDate today = clock.instant().atZone(config.period().zone()).toLocalDate();
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                pending.mark(Digest.Kind.PERIOD, PeriodWindow.containing(day, config.period().days()).key(), Duration.ZERO);
            }
        } finally {
            runs.exit();
        }
    }
}
