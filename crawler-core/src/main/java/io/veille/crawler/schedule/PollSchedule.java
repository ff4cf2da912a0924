package io.veille.crawler.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.veille.crawler.source.Source;

/**
 * Decides which sources are due. A source is due when it has never been polled, or when its
 * interval has passed since its last poll; a failing source backs off (interval x 2^failures, at
 * most x16) so that a dead feed is not hammered. A source already being polled is never due.
 */
public final class PollSchedule {

    private static final int MAX_BACKOFF_FACTOR = 16;

    private record History(Instant lastPolled, int consecutiveFailures) {
    }

    private final Map<String, History> history = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Remembers a poll made before a restart, so that a restart does not poll every source at once. */
    public void restore(String sourceId, Instant lastPolled, int consecutiveFailures) {
        if (lastPolled != null) {
            history.put(sourceId, new History(lastPolled, consecutiveFailures));
        }
    }

    public List<Source> due(Collection<Source> sources, Instant now) {
        return sources.stream()
                .filter(source -> !running.contains(source.id()))
                .filter(source -> !nextPoll(source).isAfter(now))
                .toList();
    }

    public Instant nextPoll(Source source) {
        History h = history.get(source.id());
        if (h == null) {
            return Instant.MIN;
        }
        int factor = 1 << Math.min(h.consecutiveFailures(), Integer.numberOfTrailingZeros(MAX_BACKOFF_FACTOR));
        Duration wait = source.pollInterval().multipliedBy(factor);
        return h.lastPolled().plus(wait);
    }

    /** @return false when the source is already being polled (by the tick or by a manual trigger) */
    public boolean tryStart(String sourceId) {
        return running.add(sourceId);
    }

    /** The poll did not happen (another replica holds the source, or polled it already): its history is unchanged. */
    public void abandon(String sourceId) {
        running.remove(sourceId);
    }

    public void finished(String sourceId, Instant at, boolean succeeded) {
        history.compute(sourceId, (id, previous) -> new History(at,
                succeeded ? 0 : (previous == null ? 1 : previous.consecutiveFailures() + 1)));
        running.remove(sourceId);
    }
}
