package io.veille.summary.persist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.Hashes;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    private static final TypeReference<List<Fact>> FACTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ExtractedArticle.Entity>> ENTITIES = new TypeReference<>() {
    };

    /** What an e-mail says of a cited article: its title, and its story (to leave out articles a listed story covers). */
    public record Label(String title, String storyId) {
    }

    /** An article as projected, with the hash of the event it came from. */
    public record Projected(ExtractedArticle article, String contentHash) {
    }

    private final Clock clock;
    private final PendingDigestRepository pending;
    private final Duration storyDelay;
    private final ObjectMapper json = EventJson.mapper();

    public ArticleRepository(Clock clock, PendingDigestRepository pending, SummaryConfig config) {
        this.clock = clock;
        this.pending = pending;
        this.storyDelay = config.story().debounce();
    }

    /**
     * Inserts or refreshes the projection; an unchanged article is not written. A changed article
     * marks its story (and the story it left, if any) for a new STORY digest in the same
     * transaction, so no story is forgotten if the service stops right after. Returns its content hash.
     */
    @Transactional
    public String upsert(ExtractedArticle article) {
        String hash = Hashes.content(article);
        ArticleEntity row = findById(article.articleId());
        if (row != null && hash.equals(row.contentHash)) {
            return hash;
        }
        if (row == null) {
            row = new ArticleEntity();
            row.id = article.articleId();
        } else if (row.storyId != null && !row.storyId.equals(article.storyId())) {
            pending.mark(Digest.Kind.STORY, row.storyId, storyDelay);
        }
        if (article.storyId() != null && !article.storyId().isBlank()) {
            pending.mark(Digest.Kind.STORY, article.storyId(), storyDelay);
        }
        row.storyId = article.storyId();
        row.url = article.url();
        row.sourceId = article.sourceId();
        row.lang = article.lang();
        row.title = article.title();
        row.publishedAt = article.publishedAt();
        row.text = article.text();
        row.facts = EventJson.write(article.facts());
        row.entities = EventJson.write(article.entities());
        row.contentHash = hash;
        row.updatedAt = clock.instant();
        persist(row);
        return hash;
    }

    public Optional<Projected> byId(String id) {
        return findByIdOptional(id).map(this::toProjected);
    }

    public List<Projected> byStory(String storyId) {
        return list("storyId = ?1 order by publishedAt, id", storyId).stream().map(this::toProjected).toList();
    }

    /** The URLs of the projected articles among these ids, by id (the feeds link citations that carry none). */
    @SuppressWarnings("unchecked")
    public Map<String, String> urls(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, url from summary.article where id in (:ids)")
                .setParameter("ids", List.copyOf(ids)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** Articles published in [from, to); undated ones count from when they arrived. */
    public List<Projected> publishedBetween(Instant from, Instant to) {
        return list("coalesce(publishedAt, updatedAt) >= ?1 and coalesce(publishedAt, updatedAt) < ?2 order by publishedAt, id",
                from, to).stream().map(this::toProjected).toList();
    }

    /** The title and story of each article found among the ids. */
    @SuppressWarnings("unchecked")
    public Map<String, Label> labels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, title, story_id from summary.article where id in (?1)")
                .setParameter(1, List.copyOf(ids)).getResultList();
        Map<String, Label> labels = new HashMap<>();
        rows.forEach(r -> labels.put((String) r[0], new Label((String) r[1], (String) r[2])));
        return labels;
    }

    private Projected toProjected(ArticleEntity row) {
        try {
            ExtractedArticle article = new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, row.id, row.storyId, row.url,
                    row.sourceId, row.lang, row.title, null, row.publishedAt, row.text, json.readValue(row.entities, ENTITIES),
                    json.readValue(row.facts, FACTS), null);
            return new Projected(article, row.contentHash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + row.id + " has unreadable facts or entities", e);
        }
    }
}
