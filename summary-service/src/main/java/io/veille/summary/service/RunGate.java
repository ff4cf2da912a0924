package io.veille.summary.service;

import java.time.Duration;

/**
 * Counts the runs in flight and, once closed, refuses new ones: {@link #close} waits, bounded, for
 * those running to end. Plain Java so that the waiting is tested without a scheduler.
 */
final class RunGate {

    private final Object lock = new Object();
    private int running;
    private boolean closed;

    /** @return false once closed: the caller must not start its run */
    boolean enter() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            running++;
            return true;
        }
    }

    void exit() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }

    boolean closed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** @return the runs still in flight when {@code grace} ran out (0 when all ended) */
    int close(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (lock) {
            closed = true;
            for (long left = grace.toNanos(); running > 0 && left > 0; left = deadline - System.nanoTime()) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return running;
        }
    }
}
