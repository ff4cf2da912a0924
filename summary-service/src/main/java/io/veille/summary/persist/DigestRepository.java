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

    /** Filters of the digest list, the stream and the feeds; empty ones do not filter. */
    public record Filter(String lang, Optional<Instant> since, Optional<Digest.Kind> kind, List<String> tags) {

        public Filter {
            tags = List.copyOf(tags);
        }
    }

    /** A published version and its stream sequence number. */
    public record Sequenced(long seq, Digest digest) {
    }

    /** The advisory lock (one-key form) under which stream sequence numbers are drawn. */
    private static final long SEQUENCE_LOCK = 0x5644_5345_51L; // "VDSEQ"

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

    /**
     * Notes the version as published and gives it the next stream sequence number. The sequence is
     * drawn under a transaction-scoped advisory lock held until this transaction ends, so numbers
     * become visible in the order they were drawn: a stream reader that has seen N never later
     * finds a committed N-1. Taken last in the transaction, so it is held only for its commit.
     */
    @Transactional
    public void markPublished(String id, int version) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) locked")
                .setParameter(1, SEQUENCE_LOCK).getSingleResult();
        getEntityManager().createNativeQuery("""
                update summary.digest set published = true, seq = nextval('summary.digest_seq')
                where id = ?1 and version = ?2 and seq is null""")
                .setParameter(1, id).setParameter(2, version).executeUpdate();
    }

    /** The highest stream sequence number committed, 0 before any. */
    @Transactional
    public long lastSequence() {
        return ((Number) getEntityManager().createNativeQuery("select coalesce(max(seq), 0) from summary.digest")
                .getSingleResult()).longValue();
    }

    /**
     * Published versions numbered in (after, upTo] that match the filter, in sequence order, at most
     * {@code limit}. Tags are the digest's current ones, as in the list.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<Sequenced> publishedBetween(long after, long upTo, Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("select d.* from summary.digest d where d.seq > :after and d.seq <= :upTo and d.lang = :lang");
        filter.kind().ifPresent(k -> sql.append(" and d.kind = :kind"));
        appendTags(sql, filter);
        sql.append(" order by d.seq limit ").append(limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), DigestEntity.class)
                .setParameter("after", after).setParameter("upTo", upTo);
        bindCommon(query, filter);
        return ((List<DigestEntity>) query.getResultList()).stream().map(row -> new Sequenced(row.seq, toDigest(row))).toList();
    }

    /** The tags of a digest's current version. */
    @SuppressWarnings("unchecked")
    public Set<String> tags(String digestId) {
        return Set.copyOf((List<String>) getEntityManager()
                .createNativeQuery("select tag from summary.digest_tag where digest_id = ?1", String.class)
                .setParameter(1, digestId).getResultList());
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
        appendTags(where, filter);
        return where.toString();
    }

    private static void appendTags(StringBuilder where, Filter filter) {
        for (int i = 0; i < filter.tags().size(); i++) {
            where.append(" and exists (select 1 from summary.digest_tag t where t.digest_id = d.id and t.tag = :tag").append(i).append(')');
        }
    }

    private static void bind(Query query, Filter filter) {
        bindCommon(query, filter);
        filter.since().ifPresent(s -> query.setParameter("since", java.sql.Timestamp.from(s)));
    }

    private static void bindCommon(Query query, Filter filter) {
        query.setParameter("lang", filter.lang());
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
