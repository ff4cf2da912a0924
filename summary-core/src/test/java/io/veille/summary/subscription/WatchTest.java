package io.veille.summary.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.summary.Articles;

class WatchTest {

    @Test
    void an_article_matches_when_its_text_entity_source_and_language_do() {
        assertThat(Watch.of("summit", null, "\"intelligence artificielle\" -football", null, null, null, null)
                .matchesArticle(Articles.summit("a1"))).isTrue();
        assertThat(Watch.of("macron", null, "", "EMMANUEL MACRON", "example-fr", "fr", 1).matchesArticle(Articles.summit("a1")))
                .isTrue();
        assertThat(Watch.of("macron", null, "", "Olaf Scholz", null, null, 1).matchesArticle(Articles.summit("a1"))).isFalse();
        assertThat(Watch.of("macron", null, "macron", null, "example-en", null, 1).matchesArticle(Articles.summit("a1"))).isFalse();
        assertThat(Watch.of("macron", null, "macron", null, null, "en", 1).matchesArticle(Articles.summit("a1"))).isFalse();
    }

    @Test
    void min_story_size_keeps_single_articles_and_small_stories_out() {
        Watch big = Watch.of("big", "Big stories", "macron", null, null, null, 2);
        assertThat(big.matchesArticle(Articles.summit("a1"))).isFalse();
        assertThat(big.matchesStory(List.of(Articles.summitIn("a1", "s")))).isFalse();
        assertThat(big.matchesStory(List.of(Articles.summitIn("a1", "s"), Articles.summitEn("a2", "s")))).isTrue();
        assertThat(Watch.of("one", null, "macron", null, null, null, null).matchesStory(List.of(Articles.summitIn("a1", "s"))))
                .isTrue();
        // One matching article is enough for the story: the English one alone says "data centre".
        assertThat(Watch.of("dc", null, "\"data centre\"", null, null, null, 2)
                .matchesStory(List.of(Articles.summitIn("a1", "s"), Articles.summitEn("a2", "s")))).isTrue();
    }

    @Test
    void a_watch_is_validated_with_messages_naming_the_field() {
        assertThatThrownBy(() -> Watch.of("Bad Id", null, "ia", null, null, null, 1)).hasMessageContaining("id 'Bad Id' is not a slug");
        assertThatThrownBy(() -> Watch.of("w", null, "-football", null, null, null, 1))
                .hasMessageContaining("needs a query with a word");
        assertThatThrownBy(() -> Watch.of("w", null, "ia", null, null, "de", 1)).hasMessage("lang: unknown language 'de'; one of [fr, en]");
        assertThatThrownBy(() -> Watch.of("w", null, "ia", null, null, null, 0)).hasMessageContaining("minStorySize is 0");
        assertThat(Watch.of("w", " ", "ia", null, null, null, null).label()).isEqualTo("w");
    }
}
