package io.veille.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryingChatClientTest {

    private static final ChatPrompt PROMPT = new ChatPrompt("s", "u");
    private static final ChatReply OK = new ChatReply("{}", 10, 5);

    /** Notes the waits and moves the clock by them instead of sleeping. */
    private final class ClockSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
            clock.advance(duration);
        }
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2025-02-10T09:00:00Z"));
    private final ScriptedChatClient server = new ScriptedChatClient(OK);
    private final ClockSleeper sleeper = new ClockSleeper();
    private final RecordedCalls log = new RecordedCalls();

    private RetryingChatClient retrying(int maxRetries, Duration maxRetryWait) {
        return new RetryingChatClient(server, maxRetries, maxRetryWait, sleeper, log, clock);
    }

    private static LlmFailure failure(LlmFailure.Kind kind, String retryAfter) {
        return new LlmFailure(kind, kind.name(), null, retryAfter);
    }

    @Test
    void rateLimitedCallWaitsForRetryAfterSecondsThenSucceeds() {
        server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, "3"));

        assertThat(retrying(2, Duration.ofSeconds(10)).complete(PROMPT)).isEqualTo(OK);

        assertThat(server.calls).isEqualTo(2);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedUntil() {
        String in7s = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        server.script.add(failure(LlmFailure.Kind.SERVER_ERROR, in7s));

        assertThat(retrying(1, Duration.ofSeconds(10)).complete(PROMPT)).isEqualTo(OK);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateInThePastMeansRetryAtOnce() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().minusSeconds(30).atOffset(ZoneOffset.UTC));
        server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, past));

        retrying(1, Duration.ofSeconds(10)).complete(PROMPT);

        assertThat(sleeper.waits).containsExactly(Duration.ZERO);
    }

    @Test
    void serverErrorsWithoutRetryAfterBackOffDoublingFrom500ms() {
        server.script.add(failure(LlmFailure.Kind.SERVER_ERROR, null));
        server.script.add(failure(LlmFailure.Kind.TIMEOUT, null));
        server.script.add(failure(LlmFailure.Kind.SERVER_ERROR, "soon"));

        assertThat(retrying(3, Duration.ofSeconds(10)).complete(PROMPT)).isEqualTo(OK);

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.calls).isEqualTo(4);
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotWaitedAndTheFailureGoesUp() {
        server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, "120"));

        assertThatThrownBy(() -> retrying(3, Duration.ofSeconds(20)).complete(PROMPT)).isInstanceOf(LlmFailure.class)
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.RATE_LIMITED))
                .hasMessageContaining("PT2M");

        assertThat(server.calls).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
        assertThat(log.calls).as("the caller records the last attempt").isEmpty();
    }

    @Test
    void aBackoffBeyondTheCapStopsTheRetries() {
        for (int i = 0; i < 5; i++) {
            server.script.add(failure(LlmFailure.Kind.SERVER_ERROR, null));
        }

        assertThatThrownBy(() -> retrying(5, Duration.ofMillis(1500)).complete(PROMPT)).isInstanceOf(LlmFailure.class);

        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(server.calls).isEqualTo(3);
    }

    @Test
    void clientErrorsAndMalformedAnswersAreNotRetried() {
        for (LlmFailure.Kind kind : List.of(LlmFailure.Kind.CLIENT_ERROR, LlmFailure.Kind.MALFORMED, LlmFailure.Kind.ERROR)) {
            server.calls = 0;
            server.script.add(failure(kind, "1"));

            assertThatThrownBy(() -> retrying(3, Duration.ofSeconds(10)).complete(PROMPT))
                    .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(kind));
            assertThat(server.calls).as(kind.name()).isEqualTo(1);
        }
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void retriesStopAtMaxRetriesAndTheLastFailureGoesUp() {
        for (int i = 0; i < 4; i++) {
            server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, "1"));
        }

        assertThatThrownBy(() -> retrying(2, Duration.ofSeconds(10)).complete(PROMPT))
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.RATE_LIMITED));

        assertThat(server.calls).isEqualTo(3);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void eachRetriedAttemptIsRecordedAsACallOfItsOwn() {
        server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, "2"));
        server.script.add(failure(LlmFailure.Kind.SERVER_ERROR, null));

        retrying(2, Duration.ofSeconds(10)).complete(PROMPT);

        assertThat(log.calls).extracting(LlmCall::outcome).containsExactly("RATE_LIMITED", "SERVER_ERROR");
        assertThat(log.calls).allSatisfy(call -> {
            assertThat(call.provider()).isEqualTo("openai");
            assertThat(call.model()).isEqualTo("m");
            assertThat(call.tokensIn() + call.tokensOut()).isZero();
        });
        // The second retry backs off 1 s (500 ms doubled once), and the attempt was recorded before that wait.
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(log.calls.get(1).createdAt()).isEqualTo(clock.instant().minusSeconds(1));
    }

    @Test
    void noRetriesConfiguredMeansOneCall() {
        server.script.add(failure(LlmFailure.Kind.RATE_LIMITED, "1"));

        assertThatThrownBy(() -> retrying(0, Duration.ofSeconds(10)).complete(PROMPT)).isInstanceOf(LlmFailure.class);

        assertThat(server.calls).isEqualTo(1);
    }
}
