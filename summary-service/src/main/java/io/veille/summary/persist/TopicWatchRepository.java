package io.veille.summary.persist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.veille.contracts.EventJson;
import io.veille.summary.digest.Topic;
import io.veille.summary.subscription.Watch;

/**
 * summary.topic and summary.watch. A topic deleted through the API stays as a tombstone so its
 * configuration seed is not inserted again; a watch has no seed and is deleted for good.
 */
@ApplicationScoped
public class TopicWatchRepository {

    private static final Logger LOG = Logger.getLogger(TopicWatchRepository.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String TOPIC_COLUMNS = "id, label_fr, label_en, terms::text, entities::text, sources::text,"
            + " languages::text, origin, created_at, updated_at";
    private static final String WATCH_COLUMNS = "id, label, query, entity, source, lang, min_story_size, created_at, updated_at";

    public record StoredTopic(Topic topic, String origin, Instant createdAt, Instant updatedAt) {
    }

    public record StoredWatch(Watch watch, Instant createdAt, Instant updatedAt) {
    }

    /** The id is taken (by a live topic or watch). */
    public static class SubscriptionConflictException extends RuntimeException {

        SubscriptionConflictException(String message) {
            super(message);
        }
    }

    private final EntityManager em;
    private final Clock clock;

    public TopicWatchRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public List<StoredTopic> topics() {
        return rows(em.createNativeQuery("select " + TOPIC_COLUMNS + " from summary.topic where not deleted order by id"))
                .stream().map(TopicWatchRepository::topic).toList();
    }

    @Transactional
    public Optional<StoredTopic> topic(String id) {
        return rows(em.createNativeQuery("select " + TOPIC_COLUMNS + " from summary.topic where id = ?1 and not deleted")
                .setParameter(1, id)).stream().findFirst().map(TopicWatchRepository::topic);
    }

    /** A tombstone's id may be taken again; a live topic's may not. */
    @Transactional
    public void createTopic(Topic topic) {
        Query insert = em.createNativeQuery("""
                insert into summary.topic (id, label_fr, label_en, terms, entities, sources, languages, origin, created_at,
                                           updated_at, deleted)
                values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), cast(?6 as jsonb), cast(?7 as jsonb), 'api', ?8, ?8, false)
                on conflict (id) do update set label_fr = excluded.label_fr, label_en = excluded.label_en,
                    terms = excluded.terms, entities = excluded.entities, sources = excluded.sources,
                    languages = excluded.languages, origin = 'api', created_at = excluded.created_at,
                    updated_at = excluded.updated_at, deleted = false
                where summary.topic.deleted
                returning id""");
        if (bindTopic(insert, topic).setParameter(8, now()).getResultList().isEmpty()) {
            throw new SubscriptionConflictException("a topic with id '" + topic.id() + "' exists");
        }
    }

    @Transactional
    public boolean replaceTopic(Topic topic) {
        Query update = em.createNativeQuery("""
                update summary.topic set label_fr = ?2, label_en = ?3, terms = cast(?4 as jsonb), entities = cast(?5 as jsonb),
                    sources = cast(?6 as jsonb), languages = cast(?7 as jsonb), updated_at = ?8
                where id = ?1 and not deleted""");
        return bindTopic(update, topic).setParameter(8, now()).executeUpdate() == 1;
    }

    @Transactional
    public boolean deleteTopic(String id) {
        return em.createNativeQuery("update summary.topic set deleted = true, updated_at = ?2 where id = ?1 and not deleted")
                .setParameter(1, id).setParameter(2, now()).executeUpdate() == 1;
    }

    /** Configured topics not stored yet (nor deleted through the API); two replicas seeding at once insert each once. */
    @Transactional
    public void seedTopics(List<Topic> topics) {
        for (Topic topic : topics) {
            Query insert = em.createNativeQuery("""
                    insert into summary.topic (id, label_fr, label_en, terms, entities, sources, languages, origin, created_at,
                                               updated_at)
                    values (?1, ?2, ?3, cast(?4 as jsonb), cast(?5 as jsonb), cast(?6 as jsonb), cast(?7 as jsonb), 'config', ?8, ?8)
                    on conflict (id) do nothing""");
            bindTopic(insert, topic).setParameter(8, now()).executeUpdate();
        }
    }

    @Transactional
    public long countTopics() {
        return ((Number) em.createNativeQuery("select count(*) from summary.topic where not deleted").getSingleResult()).longValue();
    }

    @Transactional
    public long countWatches() {
        return ((Number) em.createNativeQuery("select count(*) from summary.watch").getSingleResult()).longValue();
    }

    @Transactional
    public List<StoredWatch> watches() {
        return rows(em.createNativeQuery("select " + WATCH_COLUMNS + " from summary.watch order by id")).stream()
                .map(TopicWatchRepository::watch).flatMap(Optional::stream).toList();
    }

    @Transactional
    public Optional<StoredWatch> watch(String id) {
        return rows(em.createNativeQuery("select " + WATCH_COLUMNS + " from summary.watch where id = ?1").setParameter(1, id))
                .stream().findFirst().flatMap(TopicWatchRepository::watch);
    }

    @Transactional
    public void createWatch(Watch watch) {
        Query insert = em.createNativeQuery("""
                insert into summary.watch (id, label, query, entity, source, lang, min_story_size, created_at, updated_at)
                values (?1, ?2, ?3, cast(?4 as text), cast(?5 as text), cast(?6 as text), ?7, ?8, ?8)
                on conflict (id) do nothing""");
        if (bindWatch(insert, watch).setParameter(8, now()).executeUpdate() == 0) {
            throw new SubscriptionConflictException("a watch with id '" + watch.id() + "' exists");
        }
    }

    @Transactional
    public boolean replaceWatch(Watch watch) {
        Query update = em.createNativeQuery("""
                update summary.watch set label = ?2, query = ?3, entity = cast(?4 as text), source = cast(?5 as text),
                    lang = cast(?6 as text), min_story_size = ?7,
                    updated_at = ?8
                where id = ?1""");
        return bindWatch(update, watch).setParameter(8, now()).executeUpdate() == 1;
    }

    @Transactional
    public boolean deleteWatch(String id) {
        return em.createNativeQuery("delete from summary.watch where id = ?1").setParameter(1, id).executeUpdate() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Query bindTopic(Query query, Topic topic) {
        return query.setParameter(1, topic.id()).setParameter(2, topic.labelFr()).setParameter(3, topic.labelEn())
                .setParameter(4, EventJson.write(topic.terms())).setParameter(5, EventJson.write(topic.entities()))
                .setParameter(6, EventJson.write(topic.sources())).setParameter(7, EventJson.write(topic.languages()));
    }

    private static Query bindWatch(Query query, Watch watch) {
        return query.setParameter(1, watch.id()).setParameter(2, watch.label()).setParameter(3, watch.query().text())
                .setParameter(4, watch.entity()).setParameter(5, watch.source()).setParameter(6, watch.lang())
                .setParameter(7, watch.minStorySize());
    }

    private static StoredTopic topic(Object[] r) {
        Topic topic = new Topic((String) r[0], (String) r[1], (String) r[2], strings(r[3]), strings(r[4]), strings(r[5]),
                strings(r[6]));
        return new StoredTopic(topic, (String) r[7], instant(r[8]), instant(r[9]));
    }

    /** A stored watch that no longer validates (its rules changed since) is skipped, not fatal to every other. */
    private static Optional<StoredWatch> watch(Object[] r) {
        try {
            Watch watch = Watch.of((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    ((Number) r[6]).intValue());
            return Optional.of(new StoredWatch(watch, instant(r[7]), instant(r[8])));
        } catch (IllegalArgumentException e) {
            LOG.warnf("stored watch %s is no longer valid, skipped: %s", r[0], e.getMessage());
            return Optional.empty();
        }
    }

    private static List<String> strings(Object json) {
        if (json == null) {
            return List.of();
        }
        try {
            return EventJson.mapper().readValue((String) json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored topic list is not a JSON array of strings: " + json, e);
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return new ArrayList<>(query.getResultList());
    }
}
