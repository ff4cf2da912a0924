package io.veille.extractor.persist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.veille.extractor.config.ExtractorConfig;
import io.veille.extractor.story.Fingerprint;
import io.veille.extractor.story.StoryClustering;
import io.veille.extractor.story.StoryMemory;

/**
 * extractor.story and extractor.story_fingerprint: the service's {@link StoryMemory}. Placements
 * run inside the article's transaction, after {@link #holdPlacementLock}: a transaction-scoped
 * advisory lock, so replicas place articles one at a time and two of them never start two stories
 * for one event; the lock is held only for the placement's few queries and the article's upsert.
 */
@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, String>, StoryMemory {

    /** Any constant shared by all replicas; "VEILLE-STORY" in ASCII, truncated. */
    static final long ASSIGNMENT_LOCK = 0x5645494c4c45L;

    private static final Sort NEWEST_FIRST = Sort.by("lastPublishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id");

    private final int maxCandidates;

    public StoryRepository(ExtractorConfig config) {
        this.maxCandidates = config.stories().maxCandidates();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void holdPlacementLock() {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, ASSIGNMENT_LOCK).getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> storyOf(String articleId) {
        StoryFingerprintEntity known = StoryFingerprintEntity.findById(articleId);
        return Optional.ofNullable(known).map(row -> row.storyId);
    }

    /** The newest {@code maxCandidates} of them: a bound on the work one placement does. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoryClustering.Member> anchoredBetween(LocalDate from, LocalDate to) {
        return StoryFingerprintEntity.<StoryFingerprintEntity>find(
                "anchorLast >= ?1 and anchorFirst <= ?2", Sort.by("publishedAt", Sort.Direction.Descending).and("articleId"), from, to)
                .range(0, maxCandidates - 1).list()
                .stream().map(StoryRepository::toMember).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String storyId, Fingerprint article) {
        StoryFingerprintEntity.persist(toRow(article, storyId));
        flush();
        refreshSummary(storyId);
    }

    public List<StoryEntity> page(String lang, Instant since, int pageIndex, int size) {
        StringBuilder query = new StringBuilder("from StoryEntity s where 1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (lang != null) {
            query.append(" and exists (select 1 from StoryFingerprintEntity f where f.storyId = s.id and f.lang = :lang)");
            params.put("lang", lang);
        }
        if (since != null) {
            query.append(" and s.lastPublishedAt >= :since");
            params.put("since", since);
        }
        return find(query.toString(), NEWEST_FIRST, params).page(Page.of(pageIndex, size)).list();
    }

    // native SQL names the schema: Hibernate's default schema does not apply to it
    private void refreshSummary(String storyId) {
        getEntityManager().createNativeQuery("""
                insert into extractor.story (id, title, first_published_at, last_published_at, article_count, languages, created_at, updated_at)
                select ?1,
                       (select f.title from extractor.story_fingerprint f where f.story_id = ?1
                         order by (f.article_id = ?1) desc, f.published_at, f.article_id limit 1),
                       min(published_at), max(published_at), count(*),
                       coalesce(jsonb_agg(distinct lang order by lang) filter (where lang is not null), '[]'::jsonb),
                       now(), now()
                  from extractor.story_fingerprint where story_id = ?1
                on conflict (id) do update set title = excluded.title,
                       first_published_at = excluded.first_published_at, last_published_at = excluded.last_published_at,
                       article_count = excluded.article_count, languages = excluded.languages, updated_at = now()
                """).setParameter(1, storyId).executeUpdate();
    }

    private static StoryFingerprintEntity toRow(Fingerprint f, String storyId) {
        StoryFingerprintEntity row = new StoryFingerprintEntity();
        row.articleId = f.articleId();
        row.storyId = storyId;
        row.lang = f.lang();
        row.title = f.title();
        row.publishedAt = f.publishedAt();
        row.anchorFirst = f.firstAnchor();
        row.anchorLast = f.lastAnchor();
        row.anchors = f.anchors().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        row.simHash = f.simHash();
        row.features = String.join("\n", f.sortedFeatures());
        row.createdAt = Instant.now();
        return row;
    }

    private static StoryClustering.Member toMember(StoryFingerprintEntity row) {
        var anchors = new TreeSet<LocalDate>();
        Arrays.stream(row.anchors.split(",")).map(LocalDate::parse).forEach(anchors::add);
        var features = new HashSet<String>(row.features.isEmpty() ? List.of() : Arrays.asList(row.features.split("\n")));
        return new StoryClustering.Member(row.storyId,
                new Fingerprint(row.articleId, row.lang, row.title, row.publishedAt, row.simHash, features, anchors));
    }
}
