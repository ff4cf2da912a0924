package io.veille.crawler.service;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.veille.crawler.config.CrawlerConfig;
import io.veille.crawler.poll.PollReport;
import io.veille.crawler.poll.SourcePoller;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceCatalog;

/** The clock of the crawler: every tick, the sources the {@link PollSchedule} finds due are polled on a small pool. */
@ApplicationScoped
public class PollJob {

    private static final Logger LOG = Logger.getLogger(PollJob.class);

    private final SourceCatalog catalog;
    private final PollSchedule schedule;
    private final SourcePoller poller;
    private final SourceStateStore states;
    private final ExecutorService pool;

    public PollJob(SourceCatalog catalog, PollSchedule schedule, SourcePoller poller, SourceStateStore states, CrawlerConfig config) {
        this.catalog = catalog;
        this.schedule = schedule;
        this.poller = poller;
        this.states = states;
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.pollThreads()), Thread.ofPlatform().name("veille-poll-", 0).factory());
    }

    void onStart(@jakarta.enterprise.event.Observes StartupEvent event) {
        states.loadAll().forEach(s -> schedule.restore(s.sourceId(), s.lastPolled(), s.consecutiveFailures()));
        LOG.infof("crawler follows %d source(s)", catalog.all().size());
    }

    @Scheduled(identity = "veille-poll-tick", every = "${veille.crawler.tick:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        schedule.due(catalog.all(), Instant.now()).forEach(this::start);
    }

    /** @return false when the source is already being polled */
    public boolean start(Source source) {
        if (!schedule.tryStart(source.id())) {
            return false;
        }
        try {
            pool.execute(() -> run(source));
            return true;
        } catch (RejectedExecutionException e) {
            schedule.finished(source.id(), Instant.now(), false);
            return false;
        }
    }

    private void run(Source source) {
        boolean succeeded = false;
        try {
            PollReport report = poller.poll(source);
            succeeded = report.error() == null;
            LOG.infof("polled %s: %d items, %d published, %d skipped, %d failed, %d deferred%s", source.id(), report.items(),
                    report.published(), report.skipped(), report.failed(), report.deferred(),
                    report.error() == null ? "" : " (" + report.error() + ")");
        } catch (RuntimeException e) {
            LOG.errorf(e, "poll of %s failed", source.id());
        } finally {
            schedule.finished(source.id(), Instant.now(), succeeded);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
