package io.veille.summary.llm;

import java.time.Duration;

/** Waits between retries; tests pass one that only notes the wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
