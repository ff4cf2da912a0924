package io.veille.summary.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RunGateTest {

    @Test
    void closeWaitsForTheRunInFlightThenRefusesNewOnes() throws Exception {
        RunGate gate = new RunGate();
        assertThat(gate.enter()).isTrue();
        CountDownLatch closing = new CountDownLatch(1);
        CompletableFuture<Integer> closed = CompletableFuture.supplyAsync(() -> {
            closing.countDown();
            try {
                return gate.close(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        closing.await();
        while (!gate.closed()) {
            Thread.onSpinWait();
        }
        assertThat(closed).isNotDone();
        assertThat(gate.enter()).as("no run starts once closing began").isFalse();

        gate.exit();

        assertThat(closed.get(1, TimeUnit.MINUTES)).isZero();
    }

    @Test
    void closeGivesUpAfterItsGraceAndSaysHowManyStillRun() throws Exception {
        RunGate gate = new RunGate();
        gate.enter();
        gate.enter();
        gate.exit();

        assertThat(gate.close(Duration.ofMillis(50))).isEqualTo(1);
    }

    @Test
    void closeReturnsAtOnceWhenNothingRuns() throws Exception {
        assertThat(new RunGate().close(Duration.ofMinutes(1))).isZero();
    }
}
