package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class GeneratedArticlesTest {

    private final List<GeneratedArticles.Article> articles = GeneratedArticles.of(7, 90);

    @Test
    void the_same_seed_gives_the_same_articles() {
        assertThat(GeneratedArticles.of(7, 90)).isEqualTo(articles);
        assertThat(GeneratedArticles.of(8, 90)).isNotEqualTo(articles);
    }

    @Test
    void every_article_has_its_own_slug_and_title_and_both_languages_are_served() {
        assertThat(articles).extracting(GeneratedArticles.Article::slug).doesNotHaveDuplicates();
        assertThat(articles).extracting(GeneratedArticles.Article::title).doesNotHaveDuplicates();
        assertThat(articles.stream().collect(Collectors.groupingBy(GeneratedArticles.Article::lang, Collectors.counting())))
                .isEqualTo(Map.of("fr", 45L, "en", 45L));
    }

    @Test
    void the_articles_of_a_story_state_its_amount_and_no_other_story_does() {
        String first = articles.get(0).paragraphs().get(0);
        String fourth = articles.get(3).paragraphs().get(0);
        assertThat(first).contains("10,1 millions d'euros");
        assertThat(articles.get(1).paragraphs().get(0)).contains("€10.1 million");
        assertThat(fourth).doesNotContain("10,1").doesNotContain("10.1");
        assertThat(String.join(" ", articles.get(2).paragraphs())).contains("10,1 millions d'euros");
    }

    @Test
    void stories_lie_further_apart_than_the_extractors_story_window() {
        assertThat(articles.get(3).publishedAt()).isAfter(articles.get(0).publishedAt().plus(java.time.Duration.ofDays(6)));
    }
}
