package io.veille.summary.service;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;

/**
 * Lets the scheduled digest work that is running finish before the datasource closes. Shutdown
 * observers run before Quarkus closes the connection pool, so this one pauses the scheduler, refuses
 * new runs and waits, bounded, for the runs in flight; a run checks {@link #stopping()} between
 * subjects so that it ends soon.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final Scheduler scheduler;
    private final RunGate gate = new RunGate();

    public ScheduledRuns(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** @return false once shutdown has begun: the caller must not start its run */
    public boolean enter() {
        return gate.enter();
    }

    public void exit() {
        gate.exit();
    }

    public boolean stopping() {
        return gate.closed();
    }

    void drain(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        scheduler.pause();
        int left = gate.close(DRAIN);
        if (left > 0) {
            LOG.warnf("%d scheduled digest run(s) still running after %s; the datasource closes under them", left, DRAIN);
        }
    }
}
