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
        StoryBook book = new StoryBook(new StoryClustering(StoryClustering.Settings.defaults()));
        Map<String, String> storyOf = new LinkedHashMap<>();
        FINGERPRINTS.forEach((name, fp) -> storyOf.put(name, book.add(fp).storyId()));
        print();

        assertThat(SUMMIT.stream().map(storyOf::get).distinct()).hasSize(1);
        assertThat(VIVATECH.stream().map(storyOf::get).distinct()).hasSize(1);
        assertThat(storyOf.values().stream().distinct()).hasSize(2);
    }

    private static void print() {
        StoryClustering clustering = new StoryClustering(StoryClustering.Settings.defaults());
        List<StoryClustering.Member> pool = FINGERPRINTS.values().stream().map(f -> new StoryClustering.Member(f.articleId(), f)).toList();
        FINGERPRINTS.forEach((name, fp) -> {
            System.out.println(name + " " + fp.publishedAt() + " anchors=" + fp.anchors() + " simhash=" + fp.simHash());
            System.out.println("   " + fp.sortedFeatures());
        });
        Map<String, Integer> df = new java.util.HashMap<>();
        pool.forEach(m -> m.fingerprint().features().stream().filter(f -> f.startsWith(Fingerprint.ENTITY)).forEach(f -> df.merge(f, 1, Integer::sum)));
        for (Fingerprint a : FINGERPRINTS.values()) {
            StringBuilder row = new StringBuilder(String.format("%-45s", a.articleId()));
            for (Fingerprint b : FINGERPRINTS.values()) {
                row.append(String.format(" %.3f/%.3f/%d", clustering.score(a, b, df, pool.size()),
                        Similarity.score(a, b, f -> 1.0), Similarity.sharedCount(a, b)));
            }
            System.out.println(row);
        }
    }
}
