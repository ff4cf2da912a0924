package io.veille.summary.persist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.veille.contracts.Digest;

/**
 * summary.pending_digest: story and period digests to (re)write. Marking pushes the due time back
 * (a burst of articles joining a story costs one digest); a worker leases due rows by moving their
 * due time forward and deletes a row only if it was not marked again meanwhile, so a crash or a
 * concurrent replica never loses nor doubles a digest.
 */
@ApplicationScoped
public class PendingDigestRepository {

    public record Lease(Digest.Kind kind, String subjectId, Instant leasedUntil, int attempts) {
    }

    private final EntityManager em;
    private final Clock clock;

    public PendingDigestRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public void mark(Digest.Kind kind, String subjectId, Duration delay) {
        em.createNativeQuery("""
                insert into summary.pending_digest (kind, subject_id, due_at) values (?1, ?2, ?3)
                on conflict (kind, subject_id) do update set due_at = excluded.due_at, attempts = 0""")
                .setParameter(1, kind.name())
                .setParameter(2, subjectId)
                .setParameter(3, Timestamp.from(now().plus(delay)))
                .executeUpdate();
    }

    /** Leases up to limit due subjects of a kind until now + lease; rows leased by another worker are skipped. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Lease> claimDue(Digest.Kind kind, int limit, Duration lease) {
        Instant now = now();
        Instant until = now.plus(lease);
        List<Object[]> rows = em.createNativeQuery("""
                update summary.pending_digest p set due_at = ?1, attempts = p.attempts + 1
                where (p.kind, p.subject_id) in (
                    select kind, subject_id from summary.pending_digest
                    where kind = ?2 and due_at <= ?3 order by due_at limit ?4 for update skip locked)
                returning p.subject_id, p.attempts""")
                .setParameter(1, Timestamp.from(until))
                .setParameter(2, kind.name())
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new Lease(kind, (String) r[0], until, ((Number) r[1]).intValue())).toList();
    }

    /** Done: forget the row, unless it was marked again while we worked (then it stays due). */
    @Transactional
    public void done(Lease lease) {
        em.createNativeQuery("delete from summary.pending_digest where kind = ?1 and subject_id = ?2 and due_at = ?3")
                .setParameter(1, lease.kind().name())
                .setParameter(2, lease.subjectId())
                .setParameter(3, Timestamp.from(lease.leasedUntil()))
                .executeUpdate();
    }

    /** Not now: due again after the delay, keeping its count of attempts (unless it was marked again meanwhile). */
    @Transactional
    public void retryLater(Lease lease, Duration delay) {
        em.createNativeQuery("update summary.pending_digest set due_at = ?1 where kind = ?2 and subject_id = ?3 and due_at = ?4")
                .setParameter(1, Timestamp.from(now().plus(delay)))
                .setParameter(2, lease.kind().name())
                .setParameter(3, lease.subjectId())
                .setParameter(4, Timestamp.from(lease.leasedUntil()))
                .executeUpdate();
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from summary.pending_digest").getSingleResult()).longValue();
    }

    // PostgreSQL keeps microseconds: a lease compared for equality must not carry nanoseconds.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
