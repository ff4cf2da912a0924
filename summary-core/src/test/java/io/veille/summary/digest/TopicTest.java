package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.summary.Articles;
import io.veille.summary.subscription.Watch;

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

    @Test
    void a_topic_also_covers_articles_naming_its_entities_within_its_sources_and_languages() {
        Topic macron = new Topic("macron", "Macron", "Macron", List.of(), List.of("EMMANUEL MACRON"), List.of(), List.of());
        assertThat(macron.covers(Articles.range("r1"))).isFalse();
        assertThat(macron.covers(Articles.summit("a1"))).isTrue();
        Topic englishOnly = new Topic("ia", "IA", "AI", List.of("ia", "ai"), List.of(), List.of(), List.of("en"));
        assertThat(englishOnly.covers(Articles.summit("a1"))).isFalse();
        assertThat(englishOnly.covers(Articles.summitEn("a2", "s"))).isTrue();
        Topic oneSource = new Topic("ia", "IA", "AI", List.of("ia"), List.of(), List.of("example-en"), List.of());
        assertThat(oneSource.covers(Articles.summit("a1"))).isFalse();
    }

    @Test
    void a_defined_topic_is_validated() {
        assertThatThrownBy(() -> Topic.define("ia", null, null, List.of(" "), List.of(), List.of(), List.of()))
                .hasMessage("topic 'ia' needs at least one term or entity");
        assertThatThrownBy(() -> Topic.define("-ia", null, null, List.of("ia"), null, null, null)).hasMessageContaining("not a slug");
        assertThatThrownBy(() -> Topic.define("ia", null, null, List.of("ia"), null, null, List.of("de")))
                .hasMessage("languages: unknown language 'de'; one of [fr, en]");
        assertThatThrownBy(() -> Topic.define("ia", null, null, java.util.Collections.nCopies(101, "ia"), null, null, null))
                .hasMessage("terms has 101 items; at most 100");
        Topic ok = Topic.define("ia", null, "AI", List.of(" IA ", "IA"), null, null, null);
        assertThat(ok.labelFr()).isEqualTo("ia");
        assertThat(ok.terms()).containsExactly("IA");
    }

    @Test
    void watches_add_their_tags_to_the_digests_they_match() {
        Watch summit = Watch.of("summit", null, "macron", null, null, null, 1);
        Watch bigStories = Watch.of("big", null, "macron", null, null, null, 2);
        DigestSubject article = DigestSubject.article(Articles.summit("a1"));
        DigestSubject story = DigestSubject.story("s", List.of(Articles.summitIn("a1", "s"), Articles.summitEn("a2", "s")),
                List.of("h1", "h2"));

        assertThat(DigestTags.of(article, List.of(), List.of(summit, bigStories))).contains("watch:summit").doesNotContain("watch:big");
        assertThat(DigestTags.of(story, List.of(), List.of(summit, bigStories))).contains("watch:summit", "watch:big");
        assertThat(DigestTags.watch("Summit")).isEqualTo("watch:summit");
    }
}
