package io.veille.summary.service;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.DigestRepository.Sequenced;

/**
 * The Server-Sent Events stream: each client is a {@link DigestCursor} over the published versions
 * in sequence order (summary.digest.seq), so it resumes from a Last-Event-ID with no gap and no
 * duplicate, and every replica streams what every replica published. Cursors read when the highest
 * committed number grows: this replica looks at it when a digest record arrives on the topics, when
 * it noted a publication itself, and every second (a record usually arrives before its publication
 * is noted). One look per wake for the whole replica; a client reads only when it is behind, a
 * page at a time.
 */
@ApplicationScoped
public class DigestStream {

    private static final Logger LOG = Logger.getLogger(DigestStream.class);
    /** Versions a client reads per query: bounds the work and memory of one catch-up step. */
    static final int PAGE = 200;

    private final LongSupplier lastSequence;
    private final Readers readers;
    private final Executor worker;
    private final BroadcastProcessor<Long> committed = BroadcastProcessor.create();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private long last;

    /** A client's page reader for its filter. */
    @FunctionalInterface
    interface Readers {
        DigestCursor.Pages of(DigestRepository.Filter filter);
    }

    @Inject
    public DigestStream(DigestRepository digests) {
        this(digests::lastSequence, filter -> (after, upTo, limit) -> digests.publishedBetween(after, upTo, filter, limit),
                Infrastructure.getDefaultWorkerPool());
    }

    DigestStream(LongSupplier lastSequence, Readers readers, Executor worker) {
        this.lastSequence = lastSequence;
        this.readers = readers;
        this.worker = worker;
    }

    /** The highest number committed now: where a client without Last-Event-ID starts. */
    public long now() {
        return lastSequence.getAsLong();
    }

    /** The versions numbered after {@code position} that pass the filter, as they are published. */
    public Multi<Sequenced> after(long position, DigestRepository.Filter filter) {
        DigestCursor cursor = new DigestCursor(position, readers.of(filter), PAGE);
        // subscribed before the current maximum is read, so no wake between the two is missed
        Multi<Long> wakes = Multi.createBy().merging().streams(committed, Multi.createFrom().item(this::known));
        return wakes.onOverflow().dropPreviousItems()
                .filter(upTo -> upTo > cursor.position())
                .concatMap(upTo -> Multi.createBy().repeating()
                        .uni(() -> Uni.createFrom().item(() -> cursor.next(upTo)).runSubscriptionOn(worker))
                        .until(List::isEmpty)
                        .onItem().<Sequenced>disjoint());
    }

    /** Something may have been published: look at the maximum again, once for wakes that come together. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            worker.execute(this::refresh);
        }
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        refresh();
    }

    /** Reads the maximum and tells every client; also when it did not grow, so a client that missed a wake catches up. */
    synchronized void refresh() {
        wakePending.set(false);
        try {
            last = Math.max(last, lastSequence.getAsLong());
        } catch (RuntimeException e) {
            LOG.warnf("stream: reading the last digest sequence failed: %s", e.getMessage());
            return;
        }
        committed.onNext(last);
    }

    private synchronized long known() {
        return last;
    }
}
