package io.veille.summary.persist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

@ApplicationScoped
public class DigestRepository implements PanacheRepositoryBase<DigestEntity, DigestEntity.Key> {

    private static final TypeReference<List<Digest.Item>> ITEMS = new TypeReference<>() {
    };
    private static final String FALLBACK = "FALLBACK";

    private final ObjectMapper json = EventJson.mapper();

    /** The candidate of a new version: a digest without version, the hash of its input and what it is about. */
    public record Candidate(Digest digest, String inputHash, Set<String> tags) {

        public Candidate {
            tags = tags == null ? Set.of() : Set.copyOf(tags);
        }
    }

    /** Filters of the digest list; empty ones do not filter. */
    public record Filter(String lang, Optional<Instant> since, Optional<Digest.Kind> kind, List<String> tags) {

        public Filter {
            tags = List.copyOf(tags);
        }
    }

    /** A digest to write again: the subject of a FALLBACK digest. */
    public record Subject(Digest.Kind kind, String subjectId) {
    }

    public Optional<StoredDigest> latest(String id) {
        return find("id = ?1 order by version desc", id).firstResultOptional().map(this::toStored);
    }

    public Optional<Digest> version(String id, int version) {
        return findByIdOptional(new DigestEntity.Key(id, version)).map(this::toDigest);
    }

    /**
     * Stores each candidate as a new version unless the latest version has the same input hash,
     * in which case that one is returned: a replay never adds a version. The one exception is a
     * fallback replaced by a model-written digest of the same input. A new version replaces the
     * digest's tags.
     */
    @Transactional
    public List<StoredDigest> saveNewVersions(List<Candidate> candidates) {
        List<StoredDigest> saved = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Digest d = candidate.digest();
            Optional<StoredDigest> latest = latest(d.id());
            if (latest.isPresent() && latest.get().inputHash().equals(candidate.inputHash())
                    && !(FALLBACK.equals(latest.get().digest().status()) && !FALLBACK.equals(d.status()))) {
                saved.add(latest.get());
                continue;
            }
            DigestEntity row = new DigestEntity();
            row.id = d.id();
            row.version = latest.map(s -> s.digest().version() + 1).orElse(1);
            row.lang = d.lang();
            row.kind = d.kind().name();
            row.subjectId = d.subjectId();
            row.title = d.title();
            row.items = EventJson.write(d.items());
            row.provider = d.provider();
            row.model = d.model();
            row.status = d.status();
            row.createdAt = d.createdAt();
            row.inputHash = candidate.inputHash();
            row.published = false;
            persist(row);
            replaceTags(d.id(), candidate.tags());
            saved.add(toStored(row));
        }
        return saved;
    }

    /** Read again under the {@link PublishLock}: another replica may have sent the version meanwhile. */
    public boolean isPublished(String id, int version) {
        return count("id = ?1 and version = ?2 and published = true", id, version) > 0;
    }

    @Transactional
    public void markPublished(String id, int version) {
        update("published = true where id = ?1 and version = ?2", id, version);
    }

    private void replaceTags(String digestId, Set<String> tags) {
        getEntityManager().createNativeQuery("delete from summary.digest_tag where digest_id = ?1").setParameter(1, digestId).executeUpdate();
        for (String tag : tags) {
            getEntityManager().createNativeQuery("insert into summary.digest_tag (digest_id, tag) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, digestId).setParameter(2, tag).executeUpdate();
        }
    }

    /** The latest version of each digest matching the filter, newest first. */
    @SuppressWarnings("unchecked")
    public List<Digest> latestPage(Filter filter, int page, int size) {
        Query query = getEntityManager().createNativeQuery("select d.* " + where(filter)
                + " order by d.created_at desc, d.id limit " + size + " offset " + ((long) page * size), DigestEntity.class);
        bind(query, filter);
        return ((List<DigestEntity>) query.getResultList()).stream().map(this::toDigest).toList();
    }

    public long countLatest(Filter filter) {
        Query query = getEntityManager().createNativeQuery("select count(*) " + where(filter));
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder("""
                from summary.digest d where d.lang = :lang
                and d.version = (select max(d2.version) from summary.digest d2 where d2.id = d.id)""");
        filter.since().ifPresent(s -> where.append(" and d.created_at >= :since"));
        filter.kind().ifPresent(k -> where.append(" and d.kind = :kind"));
        for (int i = 0; i < filter.tags().size(); i++) {
            where.append(" and exists (select 1 from summary.digest_tag t where t.digest_id = d.id and t.tag = :tag").append(i).append(')');
        }
        return where.toString();
    }

    private static void bind(Query query, Filter filter) {
        query.setParameter("lang", filter.lang());
        filter.since().ifPresent(s -> query.setParameter("since", java.sql.Timestamp.from(s)));
        filter.kind().ifPresent(k -> query.setParameter("kind", k.name()));
        for (int i = 0; i < filter.tags().size(); i++) {
            query.setParameter("tag" + i, filter.tags().get(i));
        }
    }

    /**
     * The latest version of each digest of the language created in (from, to], tagged with the tag
     * (any when null) and of one of the kinds (any when empty), newest first: what a digest e-mail lists.
     */
    @SuppressWarnings("unchecked")
    public List<Digest> latestCreatedIn(String lang, String tag, List<Digest.Kind> kinds, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("""
                select d.* from summary.digest d where d.lang = :lang and d.created_at > :from and d.created_at <= :to
                and d.version = (select max(d2.version) from summary.digest d2 where d2.id = d.id)""");
        if (tag != null) {
            sql.append(" and exists (select 1 from summary.digest_tag t where t.digest_id = d.id and t.tag = :tag)");
        }
        if (!kinds.isEmpty()) {
            sql.append(" and d.kind in (:kinds)");
        }
        Query query = getEntityManager().createNativeQuery(sql.append(" order by d.created_at desc, d.id limit :limit").toString(),
                DigestEntity.class);
        query.setParameter("lang", lang).setParameter("from", java.sql.Timestamp.from(from))
                .setParameter("to", java.sql.Timestamp.from(to)).setParameter("limit", limit);
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds.stream().map(Enum::name).toList());
        }
        return ((List<DigestEntity>) query.getResultList()).stream().map(this::toDigest).toList();
    }

    /** Subjects whose current digest is a fallback written since the given instant, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Subject> fallbacksSince(Instant since, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.kind, d.subject_id from summary.digest d
                where d.lang = 'fr' and d.kind in ('ARTICLE', 'STORY') and d.status = 'FALLBACK' and d.created_at >= ?1
                and d.version = (select max(d2.version) from summary.digest d2 where d2.id = d.id)
                order by d.created_at limit ?2""")
                .setParameter(1, java.sql.Timestamp.from(since)).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new Subject(Digest.Kind.valueOf((String) r[0]), (String) r[1])).toList();
    }

    /** Versions stored but never acknowledged by the broker (the service stopped in between), oldest first. */
    public List<StoredDigest> unpublishedBefore(Instant before, int limit) {
        return find("published = false and createdAt < ?1 order by createdAt", before).page(Page.ofSize(limit)).list()
                .stream().map(this::toStored).toList();
    }

    private StoredDigest toStored(DigestEntity row) {
        return new StoredDigest(toDigest(row), row.inputHash, row.published);
    }

    private Digest toDigest(DigestEntity row) {
        List<Digest.Item> items;
        try {
            items = json.readValue(row.items, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("digest " + row.id + " v" + row.version + " has unreadable items", e);
        }
        return new Digest(Digest.SCHEMA_VERSION, row.id, Digest.Kind.valueOf(row.kind), row.subjectId, row.lang, row.title,
                items, row.provider, row.model, row.status, row.createdAt, row.version);
    }
}
