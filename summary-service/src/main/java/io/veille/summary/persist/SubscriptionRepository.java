package io.veille.summary.persist;

import static io.veille.support.persist.SqlValues.instant;
import static io.veille.support.persist.SqlValues.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.veille.contracts.EventJson;
import io.veille.summary.delivery.SubscriptionSpec;

/** summary.subscription: who gets which digests, by webhook or e-mail. */
@ApplicationScoped
public class SubscriptionRepository {

    private static final String COLUMNS = "id, target, lang, cast(kinds as text), channel, webhook_url, secret, email, schedule,"
            + " time_zone, next_send_at, active, created_at, updated_at";

    private final EntityManager em;

    public SubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void insert(SubscriptionRow row) {
        SubscriptionSpec s = row.spec();
        em.createNativeQuery("""
                insert into summary.subscription (id, target, lang, kinds, channel, webhook_url, secret, email, schedule, time_zone,
                    next_send_at, active, created_at, updated_at)
                values (?1, ?2, ?3, cast(?4 as jsonb), ?5, cast(?6 as text), ?7, cast(?8 as text), cast(?9 as text), cast(?10 as text),
                    cast(?11 as timestamptz), ?12, ?13, ?14)""")
                .setParameter(1, row.id()).setParameter(2, s.target()).setParameter(3, s.lang())
                .setParameter(4, EventJson.write(s.kinds())).setParameter(5, s.channel()).setParameter(6, s.url())
                .setParameter(7, row.secret()).setParameter(8, s.email()).setParameter(9, s.schedule())
                .setParameter(10, s.timeZone()).setParameter(11, timestamp(row.nextSendAt())).setParameter(12, row.active())
                .setParameter(13, timestamp(row.createdAt())).setParameter(14, timestamp(row.updatedAt()))
                .executeUpdate();
    }

    /** Replaces what the subscriber chose; the secret changes only when a new one is given. */
    @Transactional
    public boolean update(String id, SubscriptionSpec s, String newSecret, Instant nextSendAt, Instant now) {
        return em.createNativeQuery("""
                update summary.subscription set target = ?2, lang = ?3, kinds = cast(?4 as jsonb), channel = ?5,
                    webhook_url = cast(?6 as text), secret = coalesce(cast(?7 as text), secret), email = cast(?8 as text),
                    schedule = cast(?9 as text), time_zone = cast(?10 as text), next_send_at = cast(?11 as timestamptz), updated_at = ?12
                where id = ?1""")
                .setParameter(1, id).setParameter(2, s.target()).setParameter(3, s.lang())
                .setParameter(4, EventJson.write(s.kinds())).setParameter(5, s.channel()).setParameter(6, s.url())
                .setParameter(7, newSecret).setParameter(8, s.email()).setParameter(9, s.schedule())
                .setParameter(10, s.timeZone()).setParameter(11, timestamp(nextSendAt)).setParameter(12, timestamp(now))
                .executeUpdate() == 1;
    }

    /** Makes an active e-mail subscription due at {@code now}; false when there is no such subscription. */
    @Transactional
    public boolean dueNow(String id, Instant now) {
        return em.createNativeQuery("update summary.subscription set next_send_at = ?2 where id = ?1 and channel = 'email' and active")
                .setParameter(1, id).setParameter(2, timestamp(now)).executeUpdate() == 1;
    }

    @Transactional
    public boolean delete(String id) {
        return em.createNativeQuery("delete from summary.subscription where id = ?1").setParameter(1, id).executeUpdate() == 1;
    }

    @Transactional
    public Optional<SubscriptionRow> find(String id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from summary.subscription where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> row((Object[]) r)).findFirst();
    }

    @Transactional
    public List<SubscriptionRow> page(int page, int size) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from summary.subscription order by created_at desc, id"
                + " offset ?1 limit ?2").setParameter(1, page * size).setParameter(2, size);
        return ((List<?>) query.getResultList()).stream().map(r -> row((Object[]) r)).toList();
    }

    @Transactional
    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from summary.subscription").getSingleResult()).longValue();
    }

    private static SubscriptionRow row(Object[] r) {
        SubscriptionSpec spec = new SubscriptionSpec((String) r[1], (String) r[2], List.of(EventJson.read((String) r[3], String[].class)),
                (String) r[4], (String) r[5], null, (String) r[7], (String) r[8], (String) r[9]);
        return new SubscriptionRow((String) r[0], spec, (String) r[6], instant(r[10]), (Boolean) r[11], instant(r[12]), instant(r[13]));
    }
}
