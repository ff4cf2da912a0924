package io.veille.summary.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Tokens (in + out) spent over the last hour, a sliding window, against an hourly budget
 * (0: unlimited, still counted for the API). Hosted models bill by the token: the budget caps
 * what a burst of articles can cost, the rest of the hour getting extractive digests.
 */
public final class TokenBudget {

    static final Duration WINDOW = Duration.ofHours(1);

    private record Spent(Instant at, long tokens) {
    }

    private final long tokensPerHour;
    private final Clock clock;
    private final Deque<Spent> spent = new ArrayDeque<>();
    private long total;

    public TokenBudget(long tokensPerHour, Clock clock) {
        this.tokensPerHour = Math.max(0, tokensPerHour);
        this.clock = clock;
    }

    public long tokensPerHour() {
        return tokensPerHour;
    }

    /** Counts tokens spent now. */
    public void add(long tokens) {
        add(clock.instant(), tokens);
    }

    /** Counts tokens spent at a given time: how the budget is seeded from the calls recorded before a restart. */
    public synchronized void add(Instant at, long tokens) {
        if (tokens <= 0) {
            return;
        }
        // Seeded rows may come in any order; keep the deque sorted so that expiry stays at the head.
        if (spent.isEmpty() || !at.isBefore(spent.peekLast().at())) {
            spent.addLast(new Spent(at, tokens));
        } else {
            Deque<Spent> later = new ArrayDeque<>();
            while (!spent.isEmpty() && spent.peekLast().at().isAfter(at)) {
                later.addFirst(spent.pollLast());
            }
            spent.addLast(new Spent(at, tokens));
            spent.addAll(later);
        }
        total += tokens;
    }

    /** Counts calls recorded before a restart (each at its own time), so a restart does not reset the budget. */
    public void seed(Iterable<LlmCall> calls) {
        for (LlmCall call : calls) {
            add(call.createdAt(), (long) call.tokensIn() + call.tokensOut());
        }
    }

    public synchronized long usedLastHour() {
        Instant from = clock.instant().minus(WINDOW);
        while (!spent.isEmpty() && !spent.peekFirst().at().isAfter(from)) {
            total -= spent.pollFirst().tokens();
        }
        return total;
    }

    public boolean exhausted() {
        return tokensPerHour > 0 && usedLastHour() >= tokensPerHour;
    }

    /** @throws LlmFailure BUDGET_EXHAUSTED when the last hour's tokens reached the budget */
    public void check() {
        long used = usedLastHour();
        if (tokensPerHour > 0 && used >= tokensPerHour) {
            throw new LlmFailure(LlmFailure.Kind.BUDGET_EXHAUSTED,
                    "LLM token budget spent: " + used + " of " + tokensPerHour + " tokens in the last hour", null);
        }
    }
}
