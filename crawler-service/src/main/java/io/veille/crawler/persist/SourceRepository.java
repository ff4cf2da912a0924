package io.veille.crawler.persist;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.crawler.config.CrawlerConfig;
import io.veille.crawler.source.InvalidSourcesException;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceCatalog;
import io.veille.crawler.source.SourceDefinition;
import io.veille.crawler.source.SourceLeases;
import io.veille.crawler.source.SourceRegistry;

/** The PostgreSQL {@link SourceRegistry}, and the leases that keep two replicas from polling one source. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, String>, SourceRegistry, SourceLeases {

    private static final Logger LOG = Logger.getLogger(SourceRepository.class);

    private final Duration defaultInterval;
    private final EntityManager em;

    public SourceRepository(CrawlerConfig config, EntityManager em) {
        this.defaultInterval = config.defaultPollInterval();
        this.em = em;
    }

    @Override
    @Transactional
    public List<Source> all() {
        return list("deleted = false order by id").stream().map(this::toSource).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional
    public Optional<Source> find(String id) {
        return findByIdOptional(id).filter(e -> !e.deleted).flatMap(this::toSource);
    }

    @Override
    @Transactional
    public Source create(SourceDefinition definition) {
        Source source = SourceCatalog.validate(definition, defaultInterval);
        SourceEntity existing = findById(source.id());
        if (existing != null && !existing.deleted) {
            throw new SourceConflictException("a source with id '" + source.id() + "' exists");
        }
        SourceEntity e = existing != null ? existing : new SourceEntity();
        Instant now = Instant.now();
        e.id = source.id();
        e.deleted = false;
        e.createdAt = now;
        e.updatedAt = now;
        e.copy(definition, source.kind().label());
        if (existing == null) {
            persist(e);
        }
        return source;
    }

    @Override
    @Transactional
    public Optional<Source> update(String id, SourceDefinition definition) {
        return live(id).map(e -> {
            Source source = SourceCatalog.validate(definition, defaultInterval);
            e.copy(definition, source.kind().label());
            e.updatedAt = Instant.now();
            return source;
        });
    }

    @Override
    @Transactional
    public boolean delete(String id) {
        return live(id).map(e -> {
            e.deleted = true;
            e.updatedAt = Instant.now();
            return true;
        }).orElse(false);
    }

    @Override
    @Transactional
    public Optional<Source> pause(String id, boolean paused) {
        return live(id).flatMap(e -> {
            e.paused = paused;
            e.updatedAt = Instant.now();
            return toSource(e);
        });
    }

    /** The stored source of that id, unless it was deleted (a tombstone keeps the seed from bringing it back). */
    private Optional<SourceEntity> live(String id) {
        return Optional.ofNullable(findById(id)).filter(e -> !e.deleted);
    }

    @Override
    @Transactional
    public void seed(List<SourceDefinition> definitions) {
        for (SourceDefinition d : definitions) {
            Source source = SourceCatalog.validate(d, defaultInterval);
            // Two replicas may seed at once: the insert that loses does nothing.
            em.createNativeQuery("""
                    INSERT INTO crawler.source (id, feed, kind, language, poll_interval, allow_private, paused, seeded, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, TRUE, now(), now()) ON CONFLICT (id) DO NOTHING""")
                    .setParameter(1, source.id()).setParameter(2, d.feed().strip()).setParameter(3, source.kind().label())
                    .setParameter(4, d.language()).setParameter(5, d.pollInterval())
                    .setParameter(6, Boolean.TRUE.equals(d.allowPrivate())).setParameter(7, Boolean.TRUE.equals(d.paused()))
                    .executeUpdate();
        }
    }

    /**
     * A free or expired claim is taken, and a held one renewed, in one statement; SKIP LOCKED lets a replica pass over
     * a row another is claiming instead of waiting for it.
     */
    @Override
    @Transactional
    public boolean tryLease(String sourceId, String owner, Duration ttl) {
        int claimed = em.createNativeQuery("""
                UPDATE crawler.source SET leased_by = ?2, lease_until = now() + make_interval(secs => ?3)
                WHERE id = (SELECT id FROM crawler.source WHERE id = ?1 AND deleted = FALSE
                            AND (lease_until IS NULL OR lease_until < now() OR leased_by = ?2)
                            FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, sourceId).setParameter(2, owner).setParameter(3, (double) ttl.toMillis() / 1000.0)
                .executeUpdate();
        return claimed == 1;
    }

    @Override
    @Transactional
    public void release(String sourceId, String owner) {
        em.createNativeQuery("UPDATE crawler.source SET leased_by = NULL, lease_until = NULL WHERE id = ?1 AND leased_by = ?2")
                .setParameter(1, sourceId).setParameter(2, owner).executeUpdate();
    }

    private Optional<Source> toSource(SourceEntity e) {
        try {
            return Optional.of(SourceCatalog.validate(e.definition(), defaultInterval));
        } catch (InvalidSourcesException invalid) {
            LOG.warnf("stored source %s is no longer valid, skipped: %s", e.id, invalid.getMessage());
            return Optional.empty();
        }
    }
}
