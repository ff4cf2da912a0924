package io.veille.summary.persist;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * One replica at a time sends a given digest version: a PostgreSQL advisory lock held by a
 * transaction of its own, so it is released when that transaction ends, even by a crash. The
 * action reads and notes the published flag inside it, so the second replica to get the lock sees
 * the version published and leaves it.
 */
@ApplicationScoped
public class PublishLock {

    /** The advisory lock space of digest publications (the first key of the two-key form): "VD". */
    private static final int LOCK_SPACE = 0x5644;

    private final EntityManager em;

    public PublishLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T holding(String key, Supplier<T> action) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, key)
                .getSingleResult();
        return action.get();
    }
}
