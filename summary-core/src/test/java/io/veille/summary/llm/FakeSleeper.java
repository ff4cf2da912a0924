package io.veille.summary.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Notes each wait instead of sleeping, so tests assert on waits rather than on wall time. */
public final class FakeSleeper implements Sleeper {

    public final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }
}
