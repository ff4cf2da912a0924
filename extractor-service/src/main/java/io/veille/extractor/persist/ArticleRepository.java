package io.veille.extractor.persist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.extractor.assembly.ArticleSnapshot;

/**
 * extractor.article and, through {@link #save}, its entity and fact rows. Saving is an upsert on
 * the article id: a replay of the same content (or of a version already superseded) changes
 * nothing; new content keeps the previous version as a revision and replaces the article's facts
 * and entities in the same transaction.
 */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleEntity, String> {

    private static final Sort NEWEST_FIRST = Sort.by("publishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id");

    private final FactRepository facts;
    private final NamedEntityRepository entities;
    private final ArticleRevisionRepository revisions;

    public ArticleRepository(FactRepository facts, NamedEntityRepository entities, ArticleRevisionRepository revisions) {
        this.facts = facts;
        this.entities = entities;
        this.revisions = revisions;
    }

    /** Articles of a story, oldest first. */
    public List<ArticleEntity> ofStory(String storyId) {
        return list("storyId", Sort.by("publishedAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("id"), storyId);
    }

    @Transactional
    public SaveOutcome save(ArticleSnapshot snapshot) {
        ExtractedArticle article = snapshot.article();
        String hash = contentHash(snapshot);
        ArticleEntity row = findById(article.articleId());
        if (row != null && (hash.equals(row.contentHash) || revisions.isEarlierVersion(row.id, hash))) {
            // a replay of the current version, or of one already superseded, changes nothing
            return SaveOutcome.UNCHANGED;
        }
        Instant now = Instant.now();
        SaveOutcome outcome;
        if (row == null) {
            row = new ArticleEntity();
            row.id = article.articleId();
            row.createdAt = now;
            row.revision = 1;
            fill(row, snapshot, hash, now);
            persist(row);
            // the fact and entity rows reference it: insert it before them
            flush();
            outcome = SaveOutcome.CREATED;
        } else {
            revisions.keepPrevious(row);
            row.revision++;
            fill(row, snapshot, hash, now);
            // bulk deletes run at once, before the inserts below, so the unique keys never collide
            facts.deleteOfArticle(row.id);
            entities.deleteOfArticle(row.id);
            outcome = SaveOutcome.UPDATED;
        }
        for (Fact fact : distinctFacts(article.facts())) {
            facts.persist(toRow(row.id, fact));
        }
        for (ExtractedArticle.Entity entity : distinctEntities(article.entities())) {
            entities.persist(toRow(row.id, entity));
        }
        return outcome;
    }

    /** Newest first; articles without a publication date count from when they were stored. */
    public List<ArticleEntity> page(String lang, Instant since, int pageIndex, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (lang != null) {
            query.append(" and lang = :lang");
            params.put("lang", lang);
        }
        if (since != null) {
            query.append(" and coalesce(publishedAt, createdAt) >= :since");
            params.put("since", since);
        }
        return find(query.toString(), NEWEST_FIRST, params).page(Page.of(pageIndex, size)).list();
    }

    private static void fill(ArticleEntity row, ArticleSnapshot snapshot, String hash, Instant now) {
        ExtractedArticle a = snapshot.article();
        row.url = a.url();
        row.canonicalUrl = snapshot.canonicalUrl();
        row.sourceId = a.sourceId();
        row.lang = a.lang();
        row.title = a.title();
        row.byline = a.byline();
        row.siteName = snapshot.siteName();
        row.publishedAt = a.publishedAt();
        row.modifiedAt = snapshot.media().modifiedAt();
        row.image = snapshot.media().image();
        row.section = snapshot.media().section();
        row.text = a.text() == null ? "" : a.text();
        row.storyId = a.storyId();
        row.copyOf = a.copyOf();
        row.contentHash = hash;
        row.updatedAt = now;
    }

    private static FactEntity toRow(String articleId, Fact fact) {
        FactEntity row = new FactEntity();
        row.articleId = articleId;
        row.type = fact.type().name();
        row.text = fact.text();
        row.startOffset = fact.start();
        row.endOffset = fact.end();
        row.value = fact.value();
        row.valueEnd = fact.valueEnd();
        row.currency = fact.currency();
        row.unit = fact.unit();
        row.dateValue = fact.date();
        row.dateEnd = fact.dateEnd();
        row.qualifier = fact.qualifier();
        row.speaker = fact.speaker();
        row.quote = fact.quote();
        return row;
    }

    private static NamedEntityEntity toRow(String articleId, ExtractedArticle.Entity entity) {
        NamedEntityEntity row = new NamedEntityEntity();
        row.articleId = articleId;
        row.name = entity.name();
        row.type = entity.type();
        row.aliases = entity.aliases();
        row.mentions = entity.mentions();
        return row;
    }

    /** The first fact per natural key wins: the table's unique key must not fail a whole article. */
    private static List<Fact> distinctFacts(List<Fact> all) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : all) {
            byKey.putIfAbsent(f.type() + "|" + f.start() + "|" + f.end(), f);
        }
        return List.copyOf(byKey.values());
    }

    private static List<ExtractedArticle.Entity> distinctEntities(List<ExtractedArticle.Entity> all) {
        Map<String, ExtractedArticle.Entity> byKey = new LinkedHashMap<>();
        for (ExtractedArticle.Entity e : all) {
            byKey.putIfAbsent(e.type() + "|" + e.name(), e);
        }
        return List.copyOf(byKey.values());
    }

    static String contentHash(ArticleSnapshot snapshot) {
        String canonical = EventJson.write(snapshot.article()) + "\n" + snapshot.canonicalUrl() + "\n" + snapshot.siteName();
        ExtractedArticle.Media media = snapshot.media();
        if (!media.statesNothing()) {
            // only when set, so an article without them keeps the hash it was stored with before V4
            canonical += "\n" + media.image() + "\n" + media.section() + "\n" + media.modifiedAt();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
