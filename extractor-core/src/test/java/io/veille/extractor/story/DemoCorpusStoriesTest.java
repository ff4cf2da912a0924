package io.veille.extractor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;
import io.veille.extractor.support.TestPages;

/** The five demo pages through the real extractor: the summit makes one story, VivaTech another. */
class DemoCorpusStoriesTest {

    static final List<String> SUMMIT = List.of(
            "paris-capitale-mondiale-ia.html",
            "sommet-action-ia-souverainete-numerique.html",
            "offensive-francaise-ia-109-milliards.html");
    static final List<String> VIVATECH = List.of(
            "ia-generative-france-mistral-nvidia.html",
            "offensive-europeenne-ia-macron-nvidia.html");

    private static final Map<String, Fingerprint> FINGERPRINTS = new LinkedHashMap<>();
    private static final Fingerprints BUILDER = new Fingerprints(Duration.ofDays(180), Duration.ofDays(3));

    @BeforeAll
    static void extract_the_demo_pages() {
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> all = new ArrayList<>(SUMMIT);
        all.addAll(VIVATECH);
        for (String name : all) {
            String url = "https://demo.test/" + name;
            Extraction e = extractor.extract(new Page(TestPages.read(name), url, "fr", null));
            FINGERPRINTS.put(name, BUILDER.of(name, e.lang(), e.title(), e.publishedAt(), e));
        }
    }

    @Test
    void the_demo_corpus_makes_two_stories() {
        Map<String, String> storyOf = assign(List.copyOf(FINGERPRINTS.keySet()));

        assertThat(SUMMIT.stream().map(storyOf::get).distinct()).containsExactly(SUMMIT.get(0));
        assertThat(VIVATECH.stream().map(storyOf::get).distinct()).containsExactly(VIVATECH.get(0));
    }

    @Test
    void every_processing_order_makes_the_same_two_stories() {
        for (List<String> order : permutations(List.copyOf(FINGERPRINTS.keySet()))) {
            Map<String, String> storyOf = assign(order);

            assertThat(SUMMIT.stream().map(storyOf::get).distinct()).as("order %s", order).hasSize(1);
            assertThat(VIVATECH.stream().map(storyOf::get).distinct()).as("order %s", order).hasSize(1);
            assertThat(storyOf.values().stream().distinct()).as("order %s", order).hasSize(2);
            // the story is named after whichever of its articles came first
            assertThat(storyOf.get(SUMMIT.get(0))).isEqualTo(order.stream().filter(SUMMIT::contains).findFirst().orElseThrow());
        }
    }

    @Test
    void summit_articles_score_above_the_threshold_and_the_two_events_do_not_meet() {
        StoryClustering clustering = new StoryClustering(StoryClustering.Settings.defaults());
        List<StoryClustering.Member> pool = FINGERPRINTS.values().stream().map(f -> new StoryClustering.Member(f.articleId(), f)).toList();
        Map<String, Integer> df = new java.util.HashMap<>();
        pool.forEach(m -> m.fingerprint().features().stream().filter(f -> f.startsWith(Fingerprint.ENTITY))
                .forEach(f -> df.merge(f, 1, Integer::sum)));
        double threshold = clustering.settings().threshold();

        for (String a : SUMMIT) {
            for (String b : SUMMIT) {
                assertThat(clustering.score(FINGERPRINTS.get(a), FINGERPRINTS.get(b), df, pool.size())).isGreaterThan(threshold);
            }
            for (String b : VIVATECH) {
                assertThat(clustering.score(FINGERPRINTS.get(a), FINGERPRINTS.get(b), df, pool.size())).isZero();
            }
        }
        assertThat(clustering.score(FINGERPRINTS.get(VIVATECH.get(0)), FINGERPRINTS.get(VIVATECH.get(1)), df, pool.size()))
                .isGreaterThan(threshold);
    }

    @Test
    void the_summit_pages_share_the_109_billion_and_the_summit_days() {
        for (String name : SUMMIT) {
            assertThat(FINGERPRINTS.get(name).features()).as(name).contains("money:109000000000 EUR", "entity:emmanuel macron");
        }
        assertThat(FINGERPRINTS.get("sommet-action-ia-souverainete-numerique.html").anchors())
                .contains(java.time.LocalDate.parse("2025-02-10"), java.time.LocalDate.parse("2025-02-11"));
    }

    private static Map<String, String> assign(List<String> order) {
        StoryBook book = new StoryBook(new StoryClustering(StoryClustering.Settings.defaults()));
        Map<String, String> storyOf = new LinkedHashMap<>();
        order.forEach(name -> storyOf.put(name, book.add(FINGERPRINTS.get(name)).storyId()));
        return storyOf;
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> all = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
