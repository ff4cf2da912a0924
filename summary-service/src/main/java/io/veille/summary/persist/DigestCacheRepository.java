package io.veille.summary.persist;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.veille.contracts.EventJson;
import io.veille.summary.digest.CachingDigestWriter;
import io.veille.summary.digest.WrittenDigest;

/** summary.digest_cache: model answers already paid for. A read or write failure is a miss, never an error. */
@ApplicationScoped
public class DigestCacheRepository implements CachingDigestWriter.Cache {

    private final EntityManager em;
    private final Clock clock;
    private final MeterRegistry metrics;

    public DigestCacheRepository(EntityManager em, Clock clock, MeterRegistry metrics) {
        this.em = em;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<WrittenDigest> get(String key) {
        List<String> rows = em.createNativeQuery("select written::text from summary.digest_cache where cache_key = ?1")
                .setParameter(1, key).getResultList();
        Optional<WrittenDigest> hit = rows.stream().findFirst().map(json -> EventJson.read(json, WrittenDigest.class));
        metrics.counter("veille.summary.cache", "result", hit.isPresent() ? "hit" : "miss").increment();
        return hit;
    }

    @Override
    @Transactional
    public void put(String key, WrittenDigest written) {
        em.createNativeQuery("""
                insert into summary.digest_cache (cache_key, provider, model, status, written, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict (cache_key) do nothing""")
                .setParameter(1, key)
                .setParameter(2, written.provider())
                .setParameter(3, written.model())
                .setParameter(4, written.status().name())
                .setParameter(5, EventJson.write(written))
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
