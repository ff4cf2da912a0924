package io.veille.crawler.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One politeness queue per host, as crawlers that run at scale do it: one request at a time per
 * host, and a minimum delay between the end of one request and the start of the next. The delay
 * adapts: a robots.txt crawl-delay lengthens it, a source may set its own, a 429 or 503 with
 * Retry-After holds the host for that long, and errors back off exponentially until an answer
 * comes. A wait longer than {@code maxWait} is not slept: the fetch fails with
 * {@link HostBackedOffException} and a later poll tries again. At most {@code maxHosts} hosts are
 * remembered; the least recently used idle one is forgotten first.
 */
public final class HostPoliteness {

    /**
     * @param minDelay      the pause between two requests to one host when nothing asks for more
     * @param backoffBase   the first pause after an error; each further error doubles it
     * @param maxBackoff    the longest pause errors alone impose
     * @param maxRetryAfter the longest pause a Retry-After header may impose
     * @param maxWait       the longest a fetch sleeps for its turn; a longer pause defers the fetch
     * @param maxHosts      hosts remembered at most
     */
    public record Settings(Duration minDelay, Duration backoffBase, Duration maxBackoff, Duration maxRetryAfter,
                           Duration maxWait, int maxHosts) {

        public static Settings of(Duration minDelay) {
            return new Settings(minDelay, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1),
                    Duration.ofSeconds(30), 10_000);
        }
    }

    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    /** What the work learns about the host during its turn, so the next turn can adapt. */
    public interface Turn {
        /** @param retryAfter what the answer's Retry-After asked for, or null */
        void answered(int status, Duration retryAfter);

        /** No answer came (connection refused, timeout). */
        void failed();
    }

    @FunctionalInterface
    public interface HostWork<T, E extends Exception> {
        T run(Turn turn) throws E;
    }

    private final Settings settings;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    // Access-ordered, so the eldest entry is the least recently used; guarded by itself.
    private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>(64, 0.75f, true);

    public HostPoliteness(Duration minDelay) {
        this(Settings.of(minDelay));
    }

    public HostPoliteness(Settings settings) {
        this(settings, System::nanoTime, nanos -> Thread.sleep(Duration.ofNanos(nanos)));
    }

    public HostPoliteness(Settings settings, LongSupplier nanoClock, Sleeper sleeper) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public HostPoliteness(Duration minDelay, LongSupplier nanoClock, Sleeper sleeper) {
        this(Settings.of(minDelay), nanoClock, sleeper);
    }

    /**
     * Runs {@code work} when the host is free and its pause has passed; waits otherwise.
     *
     * @param hostDelay the pause the caller's source wants instead of the default, or null
     * @throws HostBackedOffException when the pause is longer than {@code maxWait}
     */
    public <T, E extends Exception> T withHost(String host, Duration hostDelay, HostWork<T, E> work)
            throws E, InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        Slot slot = acquire(key);
        try {
            slot.lock.lockInterruptibly();
            try {
                long wait = waitNanos(slot, hostDelay, nanoClock.getAsLong());
                if (wait > settings.maxWait().toNanos()) {
                    throw new HostBackedOffException(key, Instant.now().plusNanos(wait));
                }
                if (wait > 0) {
                    sleeper.sleepNanos(wait);
                }
                try {
                    return work.run(slot);
                } finally {
                    slot.used = true;
                    slot.lastEndNanos = nanoClock.getAsLong();
                }
            } finally {
                slot.lock.unlock();
            }
        } finally {
            release(slot);
        }
    }

    public <T, E extends Exception> T withHost(String host, HostWork<T, E> work) throws E, InterruptedException {
        return withHost(host, null, work);
    }

    /** The crawl-delay the host's robots.txt asks for (already capped by the caller); zero for none. */
    public void crawlDelay(String host, Duration delay) {
        Slot slot = acquire(host.toLowerCase(Locale.ROOT));
        slot.crawlDelayNanos = delay.toNanos();
        release(slot);
    }

    /** Hosts remembered now. */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    private long waitNanos(Slot slot, Duration hostDelay, long now) {
        long delay = Math.max(hostDelay == null ? settings.minDelay().toNanos() : hostDelay.toNanos(), slot.crawlDelayNanos);
        long afterLast = slot.used ? slot.lastEndNanos + delay - now : 0;
        long held = slot.held ? slot.notBeforeNanos - now : 0;
        return Math.max(afterLast, held);
    }

    private Slot acquire(String key) {
        synchronized (slots) {
            Slot slot = slots.computeIfAbsent(key, k -> new Slot());
            slot.users++;
            if (slots.size() > settings.maxHosts()) {
                evictIdle(slot);
            }
            return slot;
        }
    }

    private void release(Slot slot) {
        synchronized (slots) {
            slot.users--;
        }
    }

    /** A slot in use is never evicted: two threads must never hold two queues for one host. */
    private void evictIdle(Slot keep) {
        Iterator<Map.Entry<String, Slot>> eldestFirst = slots.entrySet().iterator();
        while (slots.size() > settings.maxHosts() && eldestFirst.hasNext()) {
            Slot candidate = eldestFirst.next().getValue();
            if (candidate != keep && candidate.users == 0) {
                eldestFirst.remove();
            }
        }
    }

    private final class Slot implements Turn {
        // Fair so that a busy host serves its waiters in arrival order.
        private final ReentrantLock lock = new ReentrantLock(true);
        // users is guarded by the map; the rest by lock, but crawlDelayNanos, which robots sets from outside a turn.
        private int users;
        private boolean used;
        private long lastEndNanos;
        private boolean held;
        private long notBeforeNanos;
        private int errors;
        private volatile long crawlDelayNanos;

        @Override
        public void answered(int status, Duration retryAfter) {
            if ((status == 429 || status == 503) && retryAfter != null) {
                errors++;
                holdFor(min(retryAfter, settings.maxRetryAfter()));
            } else if (status == 429 || status >= 500) {
                errors++;
                holdFor(backoff());
            } else {
                errors = 0;
            }
        }

        @Override
        public void failed() {
            errors++;
            holdFor(backoff());
        }

        private Duration backoff() {
            int doublings = Math.min(errors - 1, 30);
            return min(settings.backoffBase().multipliedBy(1L << doublings), settings.maxBackoff());
        }

        private void holdFor(Duration pause) {
            held = true;
            notBeforeNanos = nanoClock.getAsLong() + pause.toNanos();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
