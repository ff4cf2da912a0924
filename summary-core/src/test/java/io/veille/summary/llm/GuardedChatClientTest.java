package io.veille.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class GuardedChatClientTest {

    private static final ChatPrompt PROMPT = new ChatPrompt("s", "u");
    private static final ChatReply OK = new ChatReply("{}", 1, 1);

    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-10T00:00:00Z"));
    private final ScriptedChatClient server = new ScriptedChatClient(OK);
    private final GuardedChatClient guarded = new GuardedChatClient(server, 2, Duration.ofMillis(10), 3, Duration.ofSeconds(30), clock);

    private void fail(LlmFailure.Kind expected) {
        assertThatThrownBy(() -> guarded.complete(PROMPT)).isInstanceOf(LlmFailure.class)
                .extracting(e -> ((LlmFailure) e).kind()).isEqualTo(expected);
    }

    @Test
    void opens_after_repeated_server_trouble_and_stops_calling() {
        server.script.add(LlmFailure.Kind.TIMEOUT);
        server.script.add(LlmFailure.Kind.SERVER_ERROR);
        server.script.add(LlmFailure.Kind.RATE_LIMITED);
        fail(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.SERVER_ERROR);
        fail(LlmFailure.Kind.RATE_LIMITED);

        fail(LlmFailure.Kind.CIRCUIT_OPEN);
        assertThat(server.calls).isEqualTo(3);
    }

    @Test
    void a_trial_call_after_the_open_period_closes_or_reopens_it() {
        for (int i = 0; i < 3; i++) {
            server.script.add(LlmFailure.Kind.TIMEOUT);
            fail(LlmFailure.Kind.TIMEOUT);
        }
        clock.advance(Duration.ofSeconds(31));
        server.script.add(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.CIRCUIT_OPEN);

        clock.advance(Duration.ofSeconds(31));
        assertThat(guarded.complete(PROMPT)).isEqualTo(OK);
        server.script.add(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.TIMEOUT);
        assertThat(guarded.complete(PROMPT)).isEqualTo(OK);
    }

    @Test
    void the_circuit_state_reads_closed_open_until_then_half_open() {
        assertThat(guarded.circuit().state()).isEqualTo(GuardedChatClient.CircuitState.CLOSED);
        server.script.add(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.TIMEOUT);
        assertThat(guarded.circuit().consecutiveFailures()).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            server.script.add(LlmFailure.Kind.TIMEOUT);
            fail(LlmFailure.Kind.TIMEOUT);
        }

        assertThat(guarded.circuit()).isEqualTo(new GuardedChatClient.CircuitState(
                GuardedChatClient.CircuitState.OPEN, clock.instant().plusSeconds(30), 0));
        clock.advance(Duration.ofSeconds(31));
        assertThat(guarded.circuit().state()).isEqualTo(GuardedChatClient.CircuitState.HALF_OPEN);
        guarded.complete(PROMPT);
        assertThat(guarded.circuit().state()).isEqualTo(GuardedChatClient.CircuitState.CLOSED);
    }

    @Test
    void bad_answers_do_not_count_as_server_trouble() {
        for (int i = 0; i < 5; i++) {
            server.script.add(LlmFailure.Kind.MALFORMED);
            fail(LlmFailure.Kind.MALFORMED);
        }
        assertThat(guarded.complete(PROMPT)).isEqualTo(OK);
    }

    @Test
    void a_success_resets_the_failure_count() {
        server.script.add(LlmFailure.Kind.TIMEOUT);
        server.script.add(LlmFailure.Kind.TIMEOUT);
        server.script.add(OK);
        server.script.add(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.TIMEOUT);
        fail(LlmFailure.Kind.TIMEOUT);
        guarded.complete(PROMPT);
        fail(LlmFailure.Kind.TIMEOUT);

        assertThat(guarded.complete(PROMPT)).isEqualTo(OK);
    }

    @Test
    void refuses_a_call_when_every_slot_stays_taken() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(2);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ChatClient slow = new ChatClient() {
            @Override
            public ChatReply complete(ChatPrompt prompt) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return OK;
            }

            @Override
            public String provider() {
                return "openai";
            }

            @Override
            public String model() {
                return "m";
            }
        };
        GuardedChatClient bounded = new GuardedChatClient(slow, 2, Duration.ofMillis(50), 3, Duration.ofSeconds(30), clock);
        Thread a = Thread.ofVirtual().start(() -> bounded.complete(PROMPT));
        Thread b = Thread.ofVirtual().start(() -> bounded.complete(PROMPT));
        inside.await();

        assertThatThrownBy(() -> bounded.complete(PROMPT)).isInstanceOf(LlmFailure.class)
                .extracting(e -> ((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.BUSY);
        release.countDown();
        a.join();
        b.join();
    }
}
