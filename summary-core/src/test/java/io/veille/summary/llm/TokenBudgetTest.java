package io.veille.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-10T09:00:00Z"));

    @Test
    void tokensCountForOneHourThenFree() {
        TokenBudget budget = new TokenBudget(1000, clock);
        budget.add(600);
        clock.advance(Duration.ofMinutes(30));
        budget.add(300);

        assertThat(budget.usedLastHour()).isEqualTo(900);
        clock.advance(Duration.ofMinutes(30));
        assertThat(budget.usedLastHour()).as("the first 600 are an hour old").isEqualTo(300);
    }

    @Test
    void aSpentBudgetRefusesCallsUntilTokensAgeOut() {
        TokenBudget budget = new TokenBudget(1000, clock);
        budget.add(1000);

        assertThat(budget.exhausted()).isTrue();
        assertThatThrownBy(budget::check).isInstanceOf(LlmFailure.class)
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.BUDGET_EXHAUSTED))
                .hasMessageContaining("1000 of 1000");

        clock.advance(Duration.ofMinutes(60).plusSeconds(1));
        assertThat(budget.exhausted()).isFalse();
        budget.check();
    }

    @Test
    void zeroMeansUnlimitedButStillCounts() {
        TokenBudget budget = new TokenBudget(0, clock);
        budget.add(5_000_000);

        assertThat(budget.exhausted()).isFalse();
        budget.check();
        assertThat(budget.usedLastHour()).isEqualTo(5_000_000);
    }

    @Test
    void seededCallsInAnyOrderExpireByTheirOwnTime() {
        TokenBudget budget = new TokenBudget(1000, clock);
        budget.add(clock.instant().minus(Duration.ofMinutes(10)), 100);
        budget.add(clock.instant().minus(Duration.ofMinutes(50)), 200);
        budget.add(clock.instant().minus(Duration.ofMinutes(90)), 400);

        assertThat(budget.usedLastHour()).isEqualTo(300);
        clock.advance(Duration.ofMinutes(15));
        assertThat(budget.usedLastHour()).as("the 50-minute-old one is now 65 minutes old").isEqualTo(100);
    }

    @Test
    void seedingFromRecordedCallsCountsTheirTokensAtTheirTimes() {
        TokenBudget budget = new TokenBudget(1000, clock);
        budget.seed(List.of(
                new LlmCall("mistral", "m", 300, 200, 900, LlmCall.OK, clock.instant().minus(Duration.ofMinutes(40))),
                new LlmCall("mistral", "m", 0, 0, 30, "RATE_LIMITED", clock.instant().minus(Duration.ofMinutes(20))),
                new LlmCall("mistral", "m", 350, 150, 800, "UNGROUNDED", clock.instant().minus(Duration.ofMinutes(10)))));

        assertThat(budget.exhausted()).as("1000 tokens spent before the restart").isTrue();
        clock.advance(Duration.ofMinutes(21));
        assertThat(budget.usedLastHour()).isEqualTo(500);
    }

    @Test
    void concurrentAddsAreAllCounted() throws InterruptedException {
        TokenBudget budget = new TokenBudget(0, clock);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 1000; i++) {
                    budget.add(1);
                    budget.usedLastHour();
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(budget.usedLastHour()).isEqualTo(8000);
    }

    @Test
    void theBudgetedClientRefusesWithoutCallingAndCountsWhatItSpends() {
        int[] calls = {0};
        ChatClient server = new ChatClient() {
            @Override
            public ChatReply complete(ChatPrompt prompt) {
                calls[0]++;
                return new ChatReply("{}", 700, 400);
            }

            @Override
            public String provider() {
                return "mistral";
            }

            @Override
            public String model() {
                return "m";
            }
        };
        TokenBudget budget = new TokenBudget(1000, clock);
        BudgetedChatClient budgeted = new BudgetedChatClient(server, budget);

        budgeted.complete(new ChatPrompt("s", "u"));
        assertThatThrownBy(() -> budgeted.complete(new ChatPrompt("s", "u")))
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.BUDGET_EXHAUSTED));

        assertThat(calls[0]).isEqualTo(1);
        assertThat(budget.usedLastHour()).isEqualTo(1100);
        assertThat(LlmFailure.Kind.BUDGET_EXHAUSTED.called()).isFalse();
    }
}
