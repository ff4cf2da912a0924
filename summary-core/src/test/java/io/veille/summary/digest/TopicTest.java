package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.summary.Articles;

class TopicTest {

    @Test
    void matches_whole_words_ignoring_case_and_accents() {
        Topic energy = new Topic("energie", "Énergie", "Energy", List.of("energie", "EPR2"));

        assertThat(energy.covers(Articles.range("r1"))).isTrue();
        assertThat(new Topic("x", "x", "x", List.of("epr")).covers(Articles.range("r1"))).isFalse();
        assertThat(new Topic("ia", "IA", "AI", List.of("ia")).covers(Articles.summit("a1"))).isTrue();
    }

    @Test
    void a_topic_without_terms_covers_nothing() {
        assertThat(new Topic("empty", "", "", List.of()).covers(Articles.summit("a1"))).isFalse();
    }

    @Test
    void tags_fold_entity_names_so_filters_match_however_typed() {
        assertThat(DigestTags.entity("Élysée")).isEqualTo(DigestTags.entity("elysee"));
        assertThat(DigestTags.of(List.of(Articles.summit("a1")), List.of()))
                .containsExactly("article:a1", "story:story-a1", "entity:emmanuel macron");
    }
}
