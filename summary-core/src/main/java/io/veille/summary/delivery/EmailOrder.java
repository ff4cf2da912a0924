package io.veille.summary.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.veille.contracts.Digest;

/**
 * The order of an e-mail: the days' PERIOD digests first (oldest day first), then STORY digests,
 * then the ARTICLE digests of articles no listed story covers, each newest first. A reader gets
 * the overview, then the stories, then what stands alone, and never the same article twice.
 */
final class EmailOrder {

    private static final Comparator<EmailEntry> NEWEST_FIRST = Comparator.comparing((EmailEntry e) -> e.digest().createdAt())
            .reversed().thenComparing(e -> e.digest().id());

    private EmailOrder() {
    }

    static List<Digest> of(List<EmailEntry> entries) {
        List<EmailEntry> periods = ofKind(entries, Digest.Kind.PERIOD);
        periods.sort(Comparator.comparing((EmailEntry e) -> e.digest().subjectId()).thenComparing(e -> e.digest().id()));
        List<EmailEntry> stories = ofKind(entries, Digest.Kind.STORY);
        stories.sort(NEWEST_FIRST);
        Set<String> storyIds = new HashSet<>();
        Set<String> storyArticles = new HashSet<>();
        for (EmailEntry story : stories) {
            storyIds.add(story.digest().subjectId());
            story.digest().items().forEach(item -> item.citations().forEach(c -> storyArticles.add(c.articleId())));
        }
        List<EmailEntry> articles = new ArrayList<>(ofKind(entries, Digest.Kind.ARTICLE).stream()
                .filter(a -> !storyIds.contains(a.storyId()) && !storyArticles.contains(a.digest().subjectId())).toList());
        articles.sort(NEWEST_FIRST);
        List<Digest> ordered = new ArrayList<>();
        for (List<EmailEntry> group : List.of(periods, stories, articles)) {
            group.forEach(e -> ordered.add(e.digest()));
        }
        return ordered;
    }

    private static List<EmailEntry> ofKind(List<EmailEntry> entries, Digest.Kind kind) {
        return new ArrayList<>(entries.stream().filter(e -> e.digest().kind() == kind).toList());
    }
}
