package io.veille.summary.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.Topic;
import io.veille.summary.digest.Topics;
import io.veille.summary.persist.TopicWatchRepository;
import io.veille.summary.persist.TopicWatchRepository.StoredTopic;
import io.veille.summary.persist.TopicWatchRepository.StoredWatch;
import io.veille.summary.subscription.Watch;

/**
 * The topics and watches digests are tagged with, as stored: read once at start (after the
 * configured topics are seeded), again after every change through the API, and every few seconds
 * (veille.summary.subscriptions.refresh-every) for the changes another replica made, so changes
 * apply without a restart. Readers get an immutable snapshot and never wait for the database.
 */
@ApplicationScoped
public class SubscriptionCatalog {

    private static final Logger LOG = Logger.getLogger(SubscriptionCatalog.class);

    private record Snapshot(List<Topic> topics, List<Watch> watches) {
    }

    /** The catalog holds as many topics or watches as it may; one must be deleted first. */
    public static class CatalogFullException extends RuntimeException {

        CatalogFullException(String message) {
            super(message);
        }
    }

    private final TopicWatchRepository repository;
    private final Topics configured;
    private final SummaryConfig.Subscriptions limits;
    private volatile Snapshot snapshot;

    public SubscriptionCatalog(TopicWatchRepository repository, Topics configured, SummaryConfig config) {
        this.repository = repository;
        this.configured = configured;
        this.limits = config.subscriptions();
    }

    void onStart(@Observes StartupEvent start) {
        current();
    }

    public List<Topic> topics() {
        return current().topics();
    }

    public List<Watch> watches() {
        return current().watches();
    }

    @Scheduled(every = "${veille.summary.subscriptions.refresh-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext
    void refreshOften() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf(e, "topics and watches not refreshed; the last ones read stay in use");
        }
    }

    /** Synchronized so that a slow periodic read never replaces the snapshot a change has just read. */
    public synchronized void refresh() {
        snapshot = new Snapshot(repository.topics().stream().map(StoredTopic::topic).toList(),
                repository.watches().stream().map(StoredWatch::watch).toList());
    }

    /** The first reader (the start, or a consumer that came first) seeds the configured topics and reads them all. */
    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    repository.seedTopics(configured.all().stream().map(SubscriptionCatalog::validated).toList());
                    refresh();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private static Topic validated(Topic t) {
        try {
            return Topic.define(t.id(), t.labelFr(), t.labelEn(), t.terms(), t.entities(), t.sources(), t.languages());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("veille.summary.topics." + t.id() + ": " + e.getMessage(), e);
        }
    }

    public List<StoredTopic> storedTopics() {
        return repository.topics();
    }

    public Optional<StoredTopic> storedTopic(String id) {
        return repository.topic(id);
    }

    /**
     * @throws TopicWatchRepository.SubscriptionConflictException when a live topic has that id
     * @throws CatalogFullException at veille.summary.subscriptions.max-topics (a soft limit: replicas may pass it by a few)
     */
    public StoredTopic create(Topic topic) {
        if (repository.countTopics() >= limits.maxTopics() + configured.all().size()) {
            throw new CatalogFullException("at most " + limits.maxTopics() + " topics besides the configured ones;"
                    + " delete one first");
        }
        repository.createTopic(topic);
        refresh();
        return repository.topic(topic.id()).orElseThrow();
    }

    public Optional<StoredTopic> replace(Topic topic) {
        boolean replaced = repository.replaceTopic(topic);
        refresh();
        return replaced ? repository.topic(topic.id()) : Optional.empty();
    }

    public boolean deleteTopic(String id) {
        boolean deleted = repository.deleteTopic(id);
        refresh();
        return deleted;
    }

    public List<StoredWatch> storedWatches() {
        return repository.watches();
    }

    public Optional<StoredWatch> storedWatch(String id) {
        return repository.watch(id);
    }

    /**
     * @throws TopicWatchRepository.SubscriptionConflictException when a watch has that id
     * @throws CatalogFullException at veille.summary.subscriptions.max-watches
     */
    public StoredWatch create(Watch watch) {
        if (repository.countWatches() >= limits.maxWatches()) {
            throw new CatalogFullException("at most " + limits.maxWatches() + " watches; delete one first");
        }
        repository.createWatch(watch);
        refresh();
        return repository.watch(watch.id()).orElseThrow();
    }

    public Optional<StoredWatch> replace(Watch watch) {
        boolean replaced = repository.replaceWatch(watch);
        refresh();
        return replaced ? repository.watch(watch.id()) : Optional.empty();
    }

    public boolean deleteWatch(String id) {
        boolean deleted = repository.deleteWatch(id);
        refresh();
        return deleted;
    }
}
