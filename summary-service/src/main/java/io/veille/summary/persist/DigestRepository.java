package io.veille.summary.persist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;

@ApplicationScoped
public class DigestRepository implements PanacheRepositoryBase<DigestEntity, DigestEntity.Key> {

    private static final TypeReference<List<Digest.Item>> ITEMS = new TypeReference<>() {
    };
    private static final String LATEST = "version = (select max(d2.version) from DigestEntity d2 where d2.id = d.id)";

    private final ObjectMapper json = EventJson.mapper();

    /** The candidate of a new version: a digest without version, and the hash of its input. */
    public record Candidate(Digest digest, String inputHash) {
    }

    public Optional<StoredDigest> latest(String id) {
        return find("id = ?1 order by version desc", id).firstResultOptional().map(this::toStored);
    }

    public Optional<Digest> version(String id, int version) {
        return findByIdOptional(new DigestEntity.Key(id, version)).map(this::toDigest);
    }

    /**
     * Stores each candidate as a new version unless the latest version has the same input hash,
     * in which case that one is returned: a replay never adds a version.
     */
    @Transactional
    public List<StoredDigest> saveNewVersions(List<Candidate> candidates) {
        List<StoredDigest> saved = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Digest d = candidate.digest();
            Optional<StoredDigest> latest = latest(d.id());
            if (latest.isPresent() && latest.get().inputHash().equals(candidate.inputHash())) {
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
            saved.add(toStored(row));
        }
        return saved;
    }

    @Transactional
    public void markPublished(String id, int version) {
        update("published = true where id = ?1 and version = ?2", id, version);
    }

    /** The latest version of each digest in a language, newest first. */
    public List<Digest> latestPage(String lang, Optional<Instant> since, Optional<Digest.Kind> kind, int page, int size) {
        return query(lang, since, kind).page(Page.of(page, size)).list().stream().map(this::toDigest).toList();
    }

    public long countLatest(String lang, Optional<Instant> since, Optional<Digest.Kind> kind) {
        return query(lang, since, kind).count();
    }

    private PanacheQuery<DigestEntity> query(String lang, Optional<Instant> since, Optional<Digest.Kind> kind) {
        StringBuilder where = new StringBuilder("from DigestEntity d where d.lang = :lang and d.").append(LATEST);
        Parameters params = Parameters.with("lang", lang);
        if (since.isPresent()) {
            where.append(" and d.createdAt >= :since");
            params = params.and("since", since.get());
        }
        if (kind.isPresent()) {
            where.append(" and d.kind = :kind");
            params = params.and("kind", kind.get().name());
        }
        where.append(" order by d.createdAt desc, d.id");
        return find(where.toString(), params);
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
