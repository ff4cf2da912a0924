package io.veille.crawler.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One politeness queue per host, as crawlers that run at scale do it: one request at a time per
 * host, and a fixed minimum delay between the end of one request and the start of the next.
 */
public final class HostPoliteness {

    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    @FunctionalInterface
    public interface HostWork<T, E extends Exception> {
        T run() throws E;
    }

    private final long minDelayNanos;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    public HostPoliteness(Duration minDelay) {
        this(minDelay, System::nanoTime, nanos -> Thread.sleep(Duration.ofNanos(nanos)));
    }

    public HostPoliteness(Duration minDelay, LongSupplier nanoClock, Sleeper sleeper) {
        this.minDelayNanos = minDelay.toNanos();
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Runs {@code work} when the host is free and its delay has passed; waits otherwise. */
    public <T, E extends Exception> T withHost(String host, HostWork<T, E> work) throws E, InterruptedException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.lock.lockInterruptibly();
        try {
            if (slot.used) {
                long wait = slot.lastEndNanos + minDelayNanos - nanoClock.getAsLong();
                if (wait > 0) {
                    sleeper.sleepNanos(wait);
                }
            }
            return work.run();
        } finally {
            slot.used = true;
            slot.lastEndNanos = nanoClock.getAsLong();
            slot.lock.unlock();
        }
    }

    private static final class Slot {
        // Guarded by lock; fair so that a busy host serves its waiters in arrival order.
        private final ReentrantLock lock = new ReentrantLock(true);
        private boolean used;
        private long lastEndNanos;
    }
}
