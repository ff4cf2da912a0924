package io.veille.summary.service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.config.SummaryConfig;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.digest.DigestStatus;
import io.veille.summary.digest.DigestTags;
import io.veille.summary.digest.DigestText;
import io.veille.summary.digest.Hashes;
import io.veille.summary.digest.PeriodDigests;
import io.veille.summary.digest.PeriodWindow;
import io.veille.summary.digest.SubjectDigests;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.StoredDigest;

/**
 * The PERIOD digests of one window (a day by default): its articles grouped by story, each story with its current
 * STORY digest (or ARTICLE digest for an article without story), composed overall, per topic and
 * per entity in the news. A digest whose text did not change gets no new version.
 */
@ApplicationScoped
public class PeriodDigester {

    private final ArticleRepository articles;
    private final DigestRepository digests;
    private final SubjectDigester digester;
    private final SubscriptionCatalog catalog;
    private final PeriodDigests composer;
    private final ZoneId zone;
    private final Clock clock;

    public PeriodDigester(ArticleRepository articles, DigestRepository digests, SubjectDigester digester, SubscriptionCatalog catalog,
            SummaryConfig config, Clock clock) {
        this.articles = articles;
        this.digests = digests;
        this.digester = digester;
        this.catalog = catalog;
        this.composer = new PeriodDigests(config.period().topStories(), config.period().entityScopes(),
                config.period().minStoriesPerEntity());
        this.zone = config.period().zone();
        this.clock = clock;
    }

    /** @return the period digests published */
    public List<Digest> digest(PeriodWindow window) {
        List<PeriodDigests.PeriodStory> stories = stories(window);
        List<StoredDigest> stored = new ArrayList<>();
        for (PeriodDigests.Composed composed : composer.compose(window, stories, catalog.topics())) {
            Set<String> tags = new LinkedHashSet<>(composed.scope().tags());
            tags.add(DigestTags.period(window.key()));
            composed.storyIds().forEach(id -> tags.add(DigestTags.story(id)));
            String inputHash = Hashes.sha256(EventJson.write(composed.text()) + "|" + composed.status() + "|"
                    + composed.provider() + "|" + SubjectDigests.GENERATOR_VERSION);
            List<DigestRepository.Candidate> candidates = Bilingual.LANGUAGES.stream().map(lang -> {
                DigestText text = composed.text().in(lang);
                Digest digest = new Digest(Digest.SCHEMA_VERSION, DigestIds.of(Digest.Kind.PERIOD, composed.subjectId(), lang),
                        Digest.Kind.PERIOD, composed.subjectId(), lang, text.title(), text.items(), composed.provider(),
                        composed.model(), composed.status().name(), clock.instant(), 0);
                return new DigestRepository.Candidate(digest, inputHash, tags);
            }).toList();
            stored.addAll(digester.stage("persist-digest", () -> digests.saveNewVersions(candidates)));
        }
        return digester.publish(stored);
    }

    private List<PeriodDigests.PeriodStory> stories(PeriodWindow window) {
        List<ArticleRepository.Projected> ofDay = articles.publishedBetween(window.start().atStartOfDay(zone).toInstant(),
                window.end().atStartOfDay(zone).toInstant());
        Map<String, List<ExtractedArticle>> byStory = new LinkedHashMap<>();
        for (ArticleRepository.Projected p : ofDay) {
            ExtractedArticle a = p.article();
            String key = a.storyId() == null || a.storyId().isBlank() ? "article:" + a.articleId() : a.storyId();
            byStory.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<PeriodDigests.PeriodStory> stories = new ArrayList<>();
        byStory.forEach((key, members) -> {
            boolean story = !key.startsWith("article:");
            Digest.Kind kind = story ? Digest.Kind.STORY : Digest.Kind.ARTICLE;
            String subject = story ? key : members.get(0).articleId();
            Optional<StoredDigest> fr = digests.latest(DigestIds.of(kind, subject, "fr"));
            Optional<StoredDigest> en = digests.latest(DigestIds.of(kind, subject, "en"));
            // A story not digested yet joins the period when its digest is written (which marks the day again).
            if (fr.isPresent() && en.isPresent()) {
                Digest f = fr.get().digest();
                Digest e = en.get().digest();
                stories.add(new PeriodDigests.PeriodStory(subject, members,
                        new Bilingual(new DigestText(f.title(), f.items()), new DigestText(e.title(), e.items())),
                        DigestStatus.valueOf(f.status()), f.provider(), f.model()));
            }
        });
        return stories;
    }
}
