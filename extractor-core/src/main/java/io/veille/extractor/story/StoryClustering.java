package io.veille.extractor.story;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts an article into a story: the story of its best-matching recent article if the match scores
 * at least the threshold, else a new story named after the article itself.
 *
 * <p>Rules, in order: an article already placed keeps its story (replays change nothing); a
 * near-duplicate (SimHash within {@code nearDuplicateBits}) matches with score 1; otherwise the
 * {@link Similarity} score counts, only between articles whose anchor days are within the window of
 * each other and that share at least {@code minSharedFeatures} features. The story scores as its best
 * member; ties go to the smaller story id, so the outcome does not depend on the order the pool is in.
 * It may depend on the order articles arrive in: that is single-pass clustering (see the README).
 */
public final class StoryClustering {

    /** An article already in a story. */
    public record Member(String storyId, Fingerprint fingerprint) {
    }

    /**
     * Where an article went and why: the best candidate's score even when it was too low, and the
     * article it nearly duplicates (a syndicated copy: the same wire story under another headline),
     * or null.
     */
    public record Assignment(String storyId, boolean newStory, String matchedArticleId, double score, String copyOf) {

        public Assignment(String storyId, boolean newStory, String matchedArticleId, double score) {
            this(storyId, newStory, matchedArticleId, score, null);
        }
    }

    public record Settings(Duration window, double threshold, int nearDuplicateBits, int minSharedFeatures) {

        public static Settings defaults() {
            return new Settings(Duration.ofDays(3), 0.08, 6, 2);
        }
    }

    private final Settings settings;

    public StoryClustering(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Places an article using what the memory holds: the story it already has, else the best match
     * among the articles anchored within the window, else a new story; the memory then remembers it.
     */
    public Assignment place(Fingerprint article, StoryMemory memory) {
        Optional<String> known = memory.storyOf(article.articleId());
        if (known.isPresent()) {
            return new Assignment(known.get(), false, article.articleId(), 1.0);
        }
        long days = settings.window().toDays();
        Assignment assignment = assign(article,
                memory.anchoredBetween(article.firstAnchor().minusDays(days), article.lastAnchor().plusDays(days)));
        memory.remember(assignment.storyId(), article);
        return assignment;
    }

    /** @param recent the articles of recent stories, at least those whose anchors are within the window */
    public Assignment assign(Fingerprint article, Collection<Member> recent) {
        Optional<Member> self = recent.stream().filter(m -> m.fingerprint().articleId().equals(article.articleId())).findFirst();
        if (self.isPresent()) {
            return new Assignment(self.get().storyId(), false, article.articleId(), 1.0);
        }
        Map<String, Integer> documentFrequency = documentFrequency(article, recent);
        int documents = recent.size() + 1;
        Member best = null;
        double bestScore = 0;
        List<Member> ordered = recent.stream()
                .sorted(Comparator.comparing(Member::storyId).thenComparing(m -> m.fingerprint().articleId()))
                .toList();
        for (Member candidate : ordered) {
            double score = score(article, candidate.fingerprint(), documentFrequency, documents);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= settings.threshold()) {
            // the copy's original is any recent article it duplicates, not only the best-scoring one
            String storyId = best.storyId();
            String copyOf = ordered.stream().filter(m -> m.storyId().equals(storyId) && syndicatedCopy(article, m.fingerprint()))
                    .map(m -> m.fingerprint().articleId()).findFirst().orElse(null);
            return new Assignment(best.storyId(), false, best.fingerprint().articleId(), bestScore, copyOf);
        }
        return new Assignment(article.articleId(), true, best == null ? null : best.fingerprint().articleId(), bestScore);
    }

    /** The score the assignment uses between two articles (0 outside the window), exposed for measurements. */
    public double score(Fingerprint a, Fingerprint b, Map<String, Integer> documentFrequency, int documents) {
        if (!withinWindow(a, b)) {
            return 0;
        }
        if (nearDuplicates(a, b)) {
            return 1.0;
        }
        if (Similarity.sharedCount(a, b) < settings.minSharedFeatures()) {
            return 0;
        }
        return Similarity.score(a, b, f -> idf(documentFrequency.getOrDefault(f, 1), documents));
    }

    /** Texts whose SimHashes are within {@code nearDuplicateBits}, in the window: one text published twice. */
    public boolean nearDuplicates(Fingerprint a, Fingerprint b) {
        return wordedAlike(a, b, settings.nearDuplicateBits());
    }

    /**
     * One text published twice: wording within half the near-duplicate bound (a copy differs by a
     * headline or a byline; articles written from one template or press release sit further apart,
     * 4 to 6 bits on our generated corpus, and share a story without being copies) and the same
     * amounts. Dates are not compared: a copy restates "hier" as "jeudi" from its own day.
     */
    public boolean syndicatedCopy(Fingerprint a, Fingerprint b) {
        return wordedAlike(a, b, settings.nearDuplicateBits() / 2) && amounts(a).equals(amounts(b));
    }

    /** Within the window, with SimHashes at most {@code bits} apart. */
    private boolean wordedAlike(Fingerprint a, Fingerprint b, int bits) {
        return withinWindow(a, b) && a.simHash() != null && b.simHash() != null
                && SimHash.distance(a.simHash(), b.simHash()) <= bits;
    }

    private static Set<String> amounts(Fingerprint f) {
        return f.features().stream().filter(x -> x.startsWith(Fingerprint.MONEY))
                .collect(Collectors.toSet());
    }

    boolean withinWindow(Fingerprint a, Fingerprint b) {
        long days = settings.window().toDays();
        for (LocalDate day : a.anchors()) {
            LocalDate near = b.anchors().ceiling(day.minusDays(days));
            if (near != null && !near.isAfter(day.plusDays(days))) {
                return true;
            }
        }
        return false;
    }

    /** In how many of the article and its recent peers each entity appears. */
    public static Map<String, Integer> documentFrequency(Fingerprint article, Collection<Member> recent) {
        Map<String, Integer> df = new HashMap<>();
        count(article, df);
        recent.forEach(m -> count(m.fingerprint(), df));
        return df;
    }

    private static void count(Fingerprint fingerprint, Map<String, Integer> df) {
        fingerprint.features().stream().filter(f -> f.startsWith(Fingerprint.ENTITY)).forEach(f -> df.merge(f, 1, Integer::sum));
    }

    /** Smoothed: 1 for an entity every recent article names, growing slowly as it gets rarer. */
    static double idf(int documentFrequency, int documents) {
        return 1.0 + Math.log((documents + 1.0) / (documentFrequency + 1.0));
    }
}
