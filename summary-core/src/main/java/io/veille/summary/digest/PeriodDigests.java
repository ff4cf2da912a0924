package io.veille.summary.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;

/**
 * The top stories of a window (a day by default), overall, per topic and per entity in the news
 * in it. A period digest
 * is composed from the stories' own digests (already grounded), one item per story, so it costs no
 * model call and cannot say anything its stories did not. Stories rank by how many sources covered
 * them, then how many articles, then recency.
 */
public final class PeriodDigests {

    /** A story of the window with its current digest. */
    public record PeriodStory(String storyId, List<ExtractedArticle> articles, Bilingual digest, DigestStatus status,
            String provider, String model) {

        public PeriodStory {
            articles = List.copyOf(articles);
        }

        long sources() {
            return articles.stream().map(a -> a.sourceId() == null ? a.url() : a.sourceId()).distinct().count();
        }

        Instant latest() {
            return articles.stream().map(ExtractedArticle::publishedAt).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        }
    }

    /** What a period digest covers: everything (empty key), one topic or one entity. */
    public record Scope(String key, String labelFr, String labelEn, Set<String> tags) {

        static final Scope OVERALL = new Scope("", null, null, Set.of());
    }

    public record Composed(String subjectId, PeriodWindow window, Scope scope, Bilingual text, DigestStatus status,
            String provider, String model, List<String> storyIds) {
    }

    private static final Comparator<PeriodStory> TOP_FIRST = Comparator
            .comparingLong(PeriodStory::sources).reversed()
            .thenComparing(Comparator.comparingInt((PeriodStory s) -> s.articles().size()).reversed())
            .thenComparing(Comparator.comparing(PeriodStory::latest).reversed())
            .thenComparing(PeriodStory::storyId);

    private final int topStories;
    private final int entityScopes;
    private final int minStoriesPerEntity;

    public PeriodDigests(int topStories, int entityScopes, int minStoriesPerEntity) {
        this.topStories = topStories;
        this.entityScopes = entityScopes;
        this.minStoriesPerEntity = minStoriesPerEntity;
    }

    public static String subjectId(PeriodWindow window, Scope scope) {
        return scope.key().isEmpty() ? window.key() : window.key() + "/" + scope.key();
    }

    /**
     * The overall digest of the window, then one per topic and per entity in the news. A scope that
     * would list the same stories as the overall digest is not composed again (one digest, not two
     * copies): its tags go on the overall digest, so its filter still finds it.
     */
    public List<Composed> compose(PeriodWindow window, List<PeriodStory> stories, List<Topic> topics) {
        List<Composed> composed = new ArrayList<>();
        if (stories.isEmpty()) {
            return composed;
        }
        List<Scope> scopes = new ArrayList<>();
        Map<Scope, List<PeriodStory>> members = new LinkedHashMap<>();
        for (Topic topic : topics) {
            List<PeriodStory> on = filter(stories, s -> s.articles().stream().anyMatch(topic::covers));
            if (!on.isEmpty()) {
                Scope scope = new Scope("topic/" + Topic.fold(topic.id()), topic.labelFr(), topic.labelEn(),
                        Set.of(DigestTags.topic(topic.id())));
                scopes.add(scope);
                members.put(scope, on);
            }
        }
        for (Map.Entry<String, String> entity : entitiesInTheNews(stories).entrySet()) {
            Scope scope = new Scope("entity/" + entity.getKey(), NamesInLanguage.of(entity.getValue(), "fr"),
                    NamesInLanguage.of(entity.getValue(), "en"),
                    Set.of(DigestTags.entity(entity.getValue())));
            scopes.add(scope);
            members.put(scope, filter(stories, s -> names(s).containsKey(entity.getKey())));
        }
        Composed overall = compose(window, Scope.OVERALL, stories);
        Set<String> overallTags = new LinkedHashSet<>();
        List<Composed> scoped = new ArrayList<>();
        for (Scope scope : scopes) {
            Composed c = compose(window, scope, members.get(scope));
            if (c.storyIds().equals(overall.storyIds())) {
                overallTags.addAll(scope.tags());
            } else {
                scoped.add(c);
            }
        }
        Scope overallScope = new Scope("", null, null, Set.copyOf(overallTags));
        composed.add(new Composed(overall.subjectId(), window, overallScope, overall.text(), overall.status(), overall.provider(),
                overall.model(), overall.storyIds()));
        composed.addAll(scoped);
        return composed;
    }

    private Composed compose(PeriodWindow window, Scope scope, List<PeriodStory> stories) {
        List<PeriodStory> top = stories.stream().sorted(TOP_FIRST).limit(topStories).toList();
        Bilingual text = new Bilingual(text(window, scope, top, "fr"), text(window, scope, top, "en"));
        DigestStatus status = top.stream().map(PeriodStory::status).max(Comparator.naturalOrder()).orElse(DigestStatus.VERIFIED);
        return new Composed(subjectId(window, scope), window, scope, text, status, same(top, PeriodStory::provider),
                same(top, PeriodStory::model), top.stream().map(PeriodStory::storyId).toList());
    }

    private static DigestText text(PeriodWindow window, Scope scope, List<PeriodStory> top, String lang) {
        boolean fr = "fr".equals(lang);
        String title = window.title(lang)
                + (scope.key().isEmpty() ? "" : (fr ? " : " : ": ") + (fr ? scope.labelFr() : scope.labelEn()));
        List<Digest.Item> items = top.stream().map(story -> {
            DigestText digest = story.digest().in(lang);
            Digest.Item headline = digest.items().stream().filter(i -> !i.factsUsed().isEmpty()).findFirst()
                    .orElse(digest.items().isEmpty() ? null : digest.items().get(0));
            // The story digest's own citations: the whole story, not only the articles of this window.
            List<Digest.Citation> cited = digest.items().stream().flatMap(i -> i.citations().stream()).distinct().toList();
            if (cited.isEmpty()) {
                cited = ExtractiveDigestWriter.citations(story.articles());
            }
            String text = headline == null ? digest.title() : digest.title() + " — " + headline.text();
            return new Digest.Item(text, cited, headline == null ? List.of() : headline.factsUsed());
        }).toList();
        return new DigestText(title, items);
    }

    /** People and organizations named in at least minStoriesPerEntity stories, most stories first. */
    private Map<String, String> entitiesInTheNews(List<PeriodStory> stories) {
        Map<String, Integer> storyCount = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (PeriodStory story : stories) {
            names(story).forEach((folded, name) -> {
                storyCount.merge(folded, 1, Integer::sum);
                display.putIfAbsent(folded, name);
            });
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        storyCount.entrySet().stream()
                .filter(e -> e.getValue() >= minStoriesPerEntity)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(entityScopes)
                .forEach(e -> chosen.put(e.getKey(), display.get(e.getKey())));
        return chosen;
    }

    private static Map<String, String> names(PeriodStory story) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ExtractedArticle article : story.articles()) {
            for (ExtractedArticle.Entity e : article.entities()) {
                if (("PERSON".equals(e.type()) || "ORG".equals(e.type())) && e.name() != null && !e.name().isBlank()) {
                    names.putIfAbsent(Topic.fold(e.name()), e.name());
                }
            }
        }
        return names;
    }

    private static List<PeriodStory> filter(List<PeriodStory> stories, Predicate<PeriodStory> keep) {
        return stories.stream().filter(keep).toList();
    }

    private static String same(List<PeriodStory> stories, java.util.function.Function<PeriodStory, String> field) {
        Set<String> values = new LinkedHashSet<>();
        stories.forEach(s -> values.add(String.valueOf(field.apply(s))));
        return values.size() == 1 ? values.iterator().next() : "mixed";
    }
}
