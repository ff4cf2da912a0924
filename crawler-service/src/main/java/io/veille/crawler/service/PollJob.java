package io.veille.crawler.service;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.veille.crawler.config.CrawlerConfig;
import io.veille.crawler.poll.PollReport;
import io.veille.crawler.poll.SourcePoller;
import io.veille.crawler.poll.SourceState;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceLeases;
import io.veille.crawler.source.SourceRegistry;
import io.veille.crawler.source.SourceSeed;

/**
 * The clock of the crawler: every tick, the sources the {@link PollSchedule} finds due are polled on a small pool.
 * A poll first claims its source in PostgreSQL, so of several replicas one polls it; the claim taken, the source's
 * stored last poll is read again, so a poll another replica just made is not repeated. The claim is renewed
 * while the poll runs, so a short lease outlives no crash for long and no poll outlives its lease.
 */
@ApplicationScoped
public class PollJob {

    private static final Logger LOG = Logger.getLogger(PollJob.class);

    private final SourceRegistry registry;
    private final SourceSeed seed;
    private final PollSchedule schedule;
    private final SourcePoller poller;
    private final SourceStateStore states;
    private final SourceLeases leases;
    private final Duration leaseTtl;
    private final String owner;
    private final ExecutorService pool;
    private final ScheduledExecutorService renewer;

    public PollJob(SourceRegistry registry, SourceSeed seed, PollSchedule schedule, SourcePoller poller, SourceStateStore states,
                   SourceLeases leases, CrawlerConfig config, @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        this.registry = registry;
        this.seed = seed;
        this.schedule = schedule;
        this.poller = poller;
        this.states = states;
        this.leases = leases;
        this.leaseTtl = config.leaseTtl();
        this.owner = config.instanceId().filter(id -> !id.isBlank()).orElseGet(() -> defaultOwner(httpPort));
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.pollThreads()), Thread.ofPlatform().name("veille-poll-", 0).factory());
        this.renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("veille-lease-renewer").daemon().factory());
    }

    void onStart(@Observes StartupEvent event) {
        registry.seed(seed.definitions());
        states.loadAll().forEach(s -> schedule.restore(s.sourceId(), s.lastPolled(), s.consecutiveFailures()));
        LOG.infof("crawler %s follows %d source(s)", owner, registry.all().size());
    }

    @Scheduled(identity = "veille-poll-tick", every = "${veille.crawler.tick:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        schedule.due(registry.all().stream().filter(s -> !s.paused()).toList(), Instant.now())
                .forEach(source -> start(source, false));
    }

    /** @return false when the source is already being polled (here, or by another replica) */
    public boolean start(Source source, boolean now) {
        if (!schedule.tryStart(source.id())) {
            return false;
        }
        try {
            pool.execute(() -> run(source, now));
            return true;
        } catch (RejectedExecutionException e) {
            schedule.finished(source.id(), Instant.now(), false);
            return false;
        }
    }

    /** This replica's name in the leases. */
    public String owner() {
        return owner;
    }

    private void run(Source source, boolean now) {
        if (!leases.tryLease(source.id(), owner, leaseTtl)) {
            schedule.abandon(source.id());
            return;
        }
        long every = Math.max(1, leaseTtl.toMillis() / 3);
        ScheduledFuture<?> renewal = renewer.scheduleAtFixedRate(() -> renew(source), every, every, TimeUnit.MILLISECONDS);
        boolean succeeded = false;
        try {
            SourceState stored = states.load(source.id()).orElse(SourceState.empty(source.id()));
            schedule.restore(source.id(), stored.lastPolled(), stored.consecutiveFailures());
            if (!now && schedule.nextPoll(source).isAfter(Instant.now())) {
                schedule.abandon(source.id());
                return;
            }
            PollReport report = poller.poll(source);
            succeeded = report.error() == null;
            LOG.infof("polled %s: %d items, %d published, %d skipped, %d failed, %d deferred%s", source.id(), report.items(),
                    report.published(), report.skipped(), report.failed(), report.deferred(),
                    report.error() == null ? "" : " (" + report.error() + ")");
            schedule.finished(source.id(), Instant.now(), succeeded);
        } catch (RuntimeException e) {
            LOG.errorf(e, "poll of %s failed", source.id());
            schedule.finished(source.id(), Instant.now(), false);
        } finally {
            renewal.cancel(false);
            leases.release(source.id(), owner);
        }
    }

    private void renew(Source source) {
        try {
            leases.tryLease(source.id(), owner, leaseTtl);
        } catch (RuntimeException e) {
            LOG.warnf("lease of %s not renewed: %s", source.id(), e.getMessage());
        }
    }

    /** Stable across restarts of one replica (host and port), so a restarted crawler takes its own claims back at once. */
    private static String defaultOwner(int httpPort) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "crawler";
        }
        return host + ":" + httpPort;
    }

    @PreDestroy
    void stop() {
        renewer.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
