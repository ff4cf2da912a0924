package io.veille.summary.persist;

import static io.veille.support.persist.SqlValues.instant;
import static io.veille.support.persist.SqlValues.integer;
import static io.veille.support.persist.SqlValues.timestamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.veille.contracts.Digest;

/**
 * The webhook outbox: summary.delivery (one row per subscription and digest version), its attempts,
 * its dead letters, and the digest JSON each delivery sends (summary.delivery_digest).
 */
@ApplicationScoped
public class DeliveryRepository {

    /** A leased delivery with what its call needs. */
    public record Due(long id, String subscriptionId, String digestId, int version, int attempts, String url, String secret,
                      String digestJson) {
    }

    /** One try: the target's status (null when it gave none) or the error. */
    public record Attempt(Instant at, Integer status, String error, long latencyMs) {
    }

    public record Citation(String articleId, String url, String title, String source) {
    }

    /** A delivery in the log, with its attempts (oldest first). */
    public record Logged(long id, String digestId, int version, String state, int attempts, Instant nextAttemptAt,
                         String lastError, Instant createdAt, Instant deliveredAt, String deadReason, List<Attempt> attemptLog) {
    }

    public enum Requeue { REQUEUED, NOT_FOUND, NOT_DEAD }

    private final EntityManager em;

    public DeliveryRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Queues the digest version for every active webhook subscription it matches: target 'all' or one of the
     * digest's tags, its language, its kind (or every kind). A replayed record inserts nothing.
     *
     * @return deliveries queued
     */
    @Transactional
    public int enqueue(Digest digest, String digestJson, Instant now) {
        int queued = em.createNativeQuery("""
                insert into summary.delivery (subscription_id, digest_id, version, next_attempt_at, created_at)
                select s.id, ?1, ?2, ?3, ?3 from summary.subscription s
                where s.active and s.channel = 'webhook' and s.lang = ?4
                  and (s.kinds = cast('[]' as jsonb) or s.kinds @> jsonb_build_array(cast(?5 as text)))
                  and (s.target = 'all' or s.target in (select t.tag from summary.digest_tag t where t.digest_id = ?1))
                on conflict on constraint delivery_once do nothing""")
                .setParameter(1, digest.id()).setParameter(2, digest.version()).setParameter(3, timestamp(now))
                .setParameter(4, digest.lang()).setParameter(5, digest.kind().name())
                .executeUpdate();
        if (queued > 0) {
            em.createNativeQuery("""
                    insert into summary.delivery_digest (digest_id, version, digest, created_at) values (?1, ?2, ?3, ?4)
                    on conflict do nothing""")
                    .setParameter(1, digest.id()).setParameter(2, digest.version()).setParameter(3, digestJson)
                    .setParameter(4, timestamp(now))
                    .executeUpdate();
        }
        return queued;
    }

    /** Leases up to limit due deliveries until {@code until}; rows another worker holds are skipped. */
    @Transactional
    public List<Due> lease(int limit, Instant now, Instant until) {
        List<?> leased = em.createNativeQuery("""
                with due as (
                    select id from summary.delivery where state = 'pending' and next_attempt_at <= ?1
                    order by next_attempt_at limit ?2 for update skip locked)
                update summary.delivery d set next_attempt_at = ?3 from due where d.id = due.id
                returning d.id, d.subscription_id, d.digest_id, d.version, d.attempts""")
                .setParameter(1, timestamp(now)).setParameter(2, limit).setParameter(3, timestamp(until))
                .getResultList();
        return leased.stream().map(o -> (Object[]) o).map(r -> {
            Object[] target = (Object[]) em.createNativeQuery("""
                    select s.webhook_url, s.secret, g.digest from summary.subscription s, summary.delivery_digest g
                    where s.id = ?1 and g.digest_id = ?2 and g.version = ?3""")
                    .setParameter(1, r[1]).setParameter(2, r[2]).setParameter(3, r[3]).getSingleResult();
            return new Due(((Number) r[0]).longValue(), (String) r[1], (String) r[2], integer(r[3]), integer(r[4]),
                    (String) target[0], (String) target[1], (String) target[2]);
        }).toList();
    }

    /** The cited articles as this service stored them, in the order asked. */
    @Transactional
    public List<Citation> citations(List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Map<String, Citation> byId = new LinkedHashMap<>();
        articleIds.forEach(id -> byId.put(id, null));
        List<?> rows = em.createNativeQuery("select id, url, title, source_id from summary.article where id in (:ids)")
                .setParameter("ids", articleIds).getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            byId.put((String) r[0], new Citation((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
        }
        return byId.values().stream().filter(c -> c != null).toList();
    }

    @Transactional
    public void delivered(long id, Attempt attempt) {
        record(id, attempt);
        em.createNativeQuery("""
                update summary.delivery set state = 'delivered', attempts = attempts + 1, delivered_at = ?2, last_error = null
                where id = ?1 and state = 'pending'""")
                .setParameter(1, id).setParameter(2, timestamp(attempt.at())).executeUpdate();
    }

    @Transactional
    public void failed(long id, Attempt attempt, Instant nextAttemptAt) {
        record(id, attempt);
        em.createNativeQuery("""
                update summary.delivery set attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
                where id = ?1 and state = 'pending'""")
                .setParameter(1, id).setParameter(2, timestamp(nextAttemptAt)).setParameter(3, attempt.error())
                .executeUpdate();
    }

    /** The last attempt failed too: dead, with the reason in delivery_dead_letter. */
    @Transactional
    public void dead(long id, Attempt attempt) {
        record(id, attempt);
        em.createNativeQuery("""
                update summary.delivery set state = 'dead', attempts = attempts + 1, last_error = ?2
                where id = ?1 and state = 'pending'""")
                .setParameter(1, id).setParameter(2, attempt.error()).executeUpdate();
        em.createNativeQuery("""
                insert into summary.delivery_dead_letter (delivery_id, subscription_id, digest_id, version, attempts, reason, created_at)
                select id, subscription_id, digest_id, version, attempts, ?2, ?3 from summary.delivery where id = ?1
                on conflict (delivery_id) do update set attempts = excluded.attempts, reason = excluded.reason,
                    created_at = excluded.created_at""")
                .setParameter(1, id).setParameter(2, attempt.error()).setParameter(3, timestamp(attempt.at()))
                .executeUpdate();
    }

    /** A dead delivery due again now, with a fresh count of attempts; its dead letter is removed. */
    @Transactional
    public Requeue requeue(String subscriptionId, long deliveryId, Instant now) {
        List<?> state = em.createNativeQuery("select state from summary.delivery where id = ?1 and subscription_id = ?2 for update")
                .setParameter(1, deliveryId).setParameter(2, subscriptionId).getResultList();
        if (state.isEmpty()) {
            return Requeue.NOT_FOUND;
        }
        if (!"dead".equals(state.get(0))) {
            return Requeue.NOT_DEAD;
        }
        em.createNativeQuery("""
                update summary.delivery set state = 'pending', attempts = 0, next_attempt_at = ?2, last_error = null where id = ?1""")
                .setParameter(1, deliveryId).setParameter(2, timestamp(now)).executeUpdate();
        em.createNativeQuery("delete from summary.delivery_dead_letter where delivery_id = ?1").setParameter(1, deliveryId)
                .executeUpdate();
        return Requeue.REQUEUED;
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    @Transactional
    public List<Logged> log(String subscriptionId, int page, int size) {
        List<?> rows = em.createNativeQuery("""
                select d.id, d.digest_id, d.version, d.state, d.attempts, d.next_attempt_at, d.last_error, d.created_at,
                    d.delivered_at, l.reason
                from summary.delivery d left join summary.delivery_dead_letter l on l.delivery_id = d.id
                where d.subscription_id = ?1 order by d.created_at desc, d.id desc offset ?2 limit ?3""")
                .setParameter(1, subscriptionId).setParameter(2, page * size).setParameter(3, size).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> {
            long id = ((Number) r[0]).longValue();
            return new Logged(id, (String) r[1], integer(r[2]), (String) r[3], integer(r[4]),
                    "pending".equals(r[3]) ? instant(r[5]) : null, (String) r[6], instant(r[7]), instant(r[8]),
                    (String) r[9], attempts(id));
        }).toList();
    }

    @Transactional
    public long count(String subscriptionId) {
        return ((Number) em.createNativeQuery("select count(*) from summary.delivery where subscription_id = ?1")
                .setParameter(1, subscriptionId).getSingleResult()).longValue();
    }

    private List<Attempt> attempts(long deliveryId) {
        List<?> rows = em.createNativeQuery("""
                select attempted_at, status_code, error, latency_ms from summary.delivery_attempt
                where delivery_id = ?1 order by attempted_at, id""")
                .setParameter(1, deliveryId).getResultList();
        return rows.stream().map(o -> (Object[]) o)
                .map(r -> new Attempt(instant(r[0]), integer(r[1]), (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    private void record(long id, Attempt attempt) {
        em.createNativeQuery("""
                insert into summary.delivery_attempt (delivery_id, attempted_at, status_code, error, latency_ms)
                values (?1, ?2, cast(?3 as integer), cast(?4 as text), ?5)""")
                .setParameter(1, id).setParameter(2, timestamp(attempt.at())).setParameter(3, attempt.status())
                .setParameter(4, attempt.error()).setParameter(5, attempt.latencyMs())
                .executeUpdate();
    }
}
