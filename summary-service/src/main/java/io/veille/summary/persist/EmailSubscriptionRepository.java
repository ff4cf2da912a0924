package io.veille.summary.persist;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.veille.contracts.EventJson;

/**
 * The e-mail side of summary.subscription and the email_send log. A due subscription is locked
 * (FOR UPDATE SKIP LOCKED) for the whole transaction in which its e-mail is composed, sent and
 * noted, so two replicas never send the same e-mail.
 */
@ApplicationScoped
public class EmailSubscriptionRepository {

    private static final TypeReference<List<String>> KINDS = new TypeReference<>() {
    };

    /**
     * A due e-mail subscription; coveredUntil is where its next window starts (its creation, before the first e-mail).
     * Kinds are read by {@link #kinds}, inside the run, so that a bad value fails that run alone.
     */
    public record DueEmail(String id, String email, String lang, String target, String kindsJson, String schedule,
            String timeZone, Instant coveredUntil, String secret) {
    }

    /** What the unsubscribe link needs of a subscription. */
    public record Unsubscribable(String id, String lang, String target, String secret, boolean active) {
    }

    private final EntityManager em;

    public EmailSubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    /** Locks the most overdue active e-mail subscription no other worker holds, until the caller's transaction ends. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<DueEmail> lockNextDue(Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, email, lang, target, kinds::text, schedule, time_zone, coalesce(covered_until, created_at), secret
                from summary.subscription where channel = 'email' and active and next_send_at <= ?1
                order by next_send_at limit 1 for update skip locked""")
                .setParameter(1, Timestamp.from(now)).getResultList();
        return rows.stream().findFirst().map(r -> new DueEmail((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], instant(r[7]), (String) r[8]));
    }

    /** Sent (or nothing to send): the window is covered and the next e-mail is due at the schedule's next time. */
    @Transactional(TxType.MANDATORY)
    public void advance(String id, Instant coveredUntil, Instant nextSendAt, Instant now) {
        em.createNativeQuery("update summary.subscription set covered_until = ?2, next_send_at = ?3, updated_at = ?4 where id = ?1")
                .setParameter(1, id).setParameter(2, Timestamp.from(coveredUntil)).setParameter(3, Timestamp.from(nextSendAt))
                .setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    /** Failed: the window stays uncovered and the subscription is due again at the given time. */
    @Transactional(TxType.MANDATORY)
    public void retryAt(String id, Instant at) {
        em.createNativeQuery("update summary.subscription set next_send_at = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void log(String id, Instant from, Instant to, int digests, Instant at, String outcome, String error) {
        em.createNativeQuery("""
                insert into summary.email_send (subscription_id, window_from, window_to, digests, sent_at, outcome, error)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .setParameter(4, digests).setParameter(5, Timestamp.from(at)).setParameter(6, outcome).setParameter(7, error)
                .executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Unsubscribable> forUnsubscribe(String id) {
        List<Object[]> rows = em.createNativeQuery(
                "select id, lang, target, secret, active from summary.subscription where id = ?1 and channel = 'email'")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst()
                .map(r -> new Unsubscribable((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4]));
    }

    @Transactional
    public void deactivate(String id, Instant now) {
        em.createNativeQuery("update summary.subscription set active = false, updated_at = ?2 where id = ?1 and active")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** The digest kinds of a subscription's kinds column (a JSON array of names); empty: every kind. */
    public static List<String> kinds(String json) {
        try {
            return json == null ? List.of() : EventJson.mapper().readValue(json, KINDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("subscription kinds are not a JSON array of strings: " + json, e);
        }
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }
}
