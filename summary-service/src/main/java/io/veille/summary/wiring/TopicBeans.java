package io.veille.summary.wiring;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.Topic;
import io.veille.summary.digest.Topics;

/**
 * The digest topics of veille.summary.topics.*, the seeds of summary.topic (what digests use is the
 * stored list, SubscriptionCatalog); a topic without labels is labelled by its id.
 */
@ApplicationScoped
public class TopicBeans {

    // Singleton, not ApplicationScoped: a record cannot be proxied.
    @Produces
    @Singleton
    Topics topics(SummaryConfig config) {
        List<Topic> topics = config.topics().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Topic(e.getKey(), e.getValue().labelFr().orElse(e.getKey()),
                        e.getValue().labelEn().orElse(e.getKey()), e.getValue().terms().orElse(List.of()),
                        e.getValue().entities().orElse(List.of()), e.getValue().sources().orElse(List.of()),
                        e.getValue().languages().orElse(List.of())))
                .toList();
        return new Topics(topics);
    }
}
