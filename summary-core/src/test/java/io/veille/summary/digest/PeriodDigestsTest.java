package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.Articles;

class PeriodDigestsTest {

    private static final PeriodWindow DAY = PeriodWindow.day(LocalDate.parse("2025-02-10"));

    private final ExtractiveDigestWriter writer = new ExtractiveDigestWriter();
    private final Topic ai = new Topic("ia", "Intelligence artificielle", "Artificial intelligence", List.of("IA", "AI"));
    private final Topic energy = new Topic("energie", "Énergie", "Energy", List.of("nucléaire", "EPR2"));

    private PeriodDigests.PeriodStory story(String id, ExtractedArticle... articles) {
        List<ExtractedArticle> members = List.of(articles);
        DigestSubject subject = DigestSubject.story(id, members, members.stream().map(ExtractedArticle::articleId).toList());
        return new PeriodDigests.PeriodStory(id, members, writer.write(subject).text(), DigestStatus.VERIFIED, "extractive",
                "extractive-v1");
    }

    private final PeriodDigests.PeriodStory summit = story("s1", Articles.summitIn("a1", "s1"), Articles.summitEn("a2", "s1"));
    private final PeriodDigests.PeriodStory epr = story("s2", Articles.range("r1"));

    @Test
    void ranks_the_story_covered_by_most_sources_first_one_item_per_story() {
        PeriodDigests.Composed overall = new PeriodDigests(10, 3, 2).compose(DAY, List.of(epr, summit), List.of()).get(0);

        assertThat(overall.subjectId()).isEqualTo("2025-02-10");
        assertThat(overall.storyIds()).containsExactly("s1", "s2");
        assertThat(overall.text().fr().title()).isEqualTo("L'essentiel du 10 février 2025");
        assertThat(overall.text().en().title()).isEqualTo("Top stories of 10 February 2025");
        Digest.Item first = overall.text().en().items().get(0);
        assertThat(first.text()).isEqualTo("Macron unveils €109bn AI investment plan — Emmanuel Macron announced €109 billion.");
        assertThat(first.citations()).extracting(Digest.Citation::articleId).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void keeps_only_the_top_stories() {
        PeriodDigests.Composed overall = new PeriodDigests(1, 3, 2).compose(DAY, List.of(epr, summit), List.of()).get(0);

        assertThat(overall.text().fr().items()).hasSize(1);
    }

    @Test
    void composes_one_digest_per_topic_with_stories_on_it() {
        List<PeriodDigests.Composed> composed = new PeriodDigests(10, 3, 2).compose(DAY, List.of(epr, summit), List.of(ai, energy));

        assertThat(composed).extracting(PeriodDigests.Composed::subjectId)
                .contains("2025-02-10/topic/ia", "2025-02-10/topic/energie");
        PeriodDigests.Composed onAi = composed.stream().filter(c -> c.subjectId().endsWith("/ia")).findFirst().orElseThrow();
        assertThat(onAi.storyIds()).containsExactly("s1");
        assertThat(onAi.text().en().title()).isEqualTo("Top stories of 10 February 2025: Artificial intelligence");
    }

    @Test
    void a_topic_covering_every_story_of_the_day_is_no_second_copy_but_a_tag_of_the_overall_digest() {
        List<PeriodDigests.Composed> composed = new PeriodDigests(10, 3, 2).compose(DAY, List.of(summit), List.of(ai, energy));

        assertThat(composed).singleElement().satisfies(overall -> {
            assertThat(overall.subjectId()).isEqualTo("2025-02-10");
            assertThat(overall.scope().tags()).containsExactly("topic:ia");
        });
    }

    @Test
    void an_entity_named_by_enough_stories_gets_its_own_digest() {
        PeriodDigests.PeriodStory other = story("s3", Articles.summitIn("a7", "s3"));

        List<PeriodDigests.Composed> composed = new PeriodDigests(10, 3, 2).compose(DAY, List.of(summit, other, epr), List.of());

        assertThat(composed).extracting(PeriodDigests.Composed::subjectId)
                .containsExactly("2025-02-10", "2025-02-10/entity/emmanuel macron");
        assertThat(composed.get(1).storyIds()).containsExactlyInAnyOrder("s1", "s3");
        assertThat(composed.get(1).scope().tags()).containsExactly("entity:emmanuel macron");
    }

    @Test
    void a_period_is_as_trustworthy_as_its_weakest_story() {
        PeriodDigests.PeriodStory fallback = new PeriodDigests.PeriodStory("s2", epr.articles(), epr.digest(),
                DigestStatus.FALLBACK, "extractive", "extractive-v1");

        assertThat(new PeriodDigests(10, 3, 2).compose(DAY, List.of(summit, fallback), List.of()).get(0).status())
                .isEqualTo(DigestStatus.FALLBACK);
    }

    @Test
    void no_story_no_period_digest() {
        assertThat(new PeriodDigests(10, 3, 2).compose(DAY, List.of(), List.of(ai))).isEmpty();
    }
}
