package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;

class DigestHeadersTest {

    @Test
    void an_article_digest_names_its_topics_watches_and_story() {
        List<String> tags = List.of(DigestTags.article("a1"), DigestTags.story("s1"), DigestTags.topic("IA"), DigestTags.topic("energie"),
                DigestTags.watch("w-2"), DigestTags.watch("w-1"), DigestTags.entity("Emmanuel Macron"));

        assertThat(DigestHeaders.of(digest(Digest.Kind.ARTICLE, "a1"), tags)).containsExactly(
                entry("veille-kind", "ARTICLE"), entry("veille-lang", "fr"), entry("veille-topics", "energie,ia"),
                entry("veille-watches", "w-1,w-2"), entry("veille-story", "s1"));
    }

    @Test
    void a_story_digest_names_its_subject_and_a_period_no_story() {
        assertThat(DigestHeaders.of(digest(Digest.Kind.STORY, "s9"), List.of(DigestTags.story("s9"))))
                .containsEntry("veille-story", "s9").doesNotContainKeys("veille-topics", "veille-watches");
        assertThat(DigestHeaders.of(digest(Digest.Kind.PERIOD, "2025-02-10"), List.of(DigestTags.story("s9"), DigestTags.period("2025-02-10"))))
                .containsOnlyKeys("veille-kind", "veille-lang");
    }

    @Test
    void an_article_outside_any_story_has_no_story_header() {
        assertThat(DigestHeaders.of(digest(Digest.Kind.ARTICLE, "a2"), List.of(DigestTags.article("a2")))).doesNotContainKey("veille-story");
    }

    private static Digest digest(Digest.Kind kind, String subject) {
        return new Digest(Digest.SCHEMA_VERSION, "d", kind, subject, "fr", "Titre", List.of(), "extractive", null, "VERIFIED",
                Instant.parse("2026-12-03T10:00:00Z"), 1);
    }
}
