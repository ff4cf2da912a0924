package io.veille.summary.digest;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.summary.Articles;
import io.veille.summary.grounding.GroundingCheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;


class StoryDigestTest {

    private final ExtractiveDigestWriter writer = new ExtractiveDigestWriter();
    private final ExtractedArticle fr = Articles.summitIn("a1", "s1");
    private final ExtractedArticle en = Articles.summitEn("a2", "s1");
    private final DigestSubject story = DigestSubject.story("s1", List.of(en, fr), List.of("h2", "h1"));

    @Test
    void names_who_announced_the_headline_amount_when_its_sentence_says_so() {
        WrittenDigest written = writer.write(Articles.summit("a1"));

        assertThat(written.text().fr().items()).extracting(Digest.Item::text).contains("Emmanuel Macron a annoncé 109 milliards d'euros.");
        assertThat(written.text().en().items()).extracting(Digest.Item::text).contains("Emmanuel Macron announced €109 billion.");
    }

    @Test
    void puts_no_words_in_anyones_mouth_without_a_verb_between_name_and_amount() {
        String text = "Emmanuel Macron et 109 milliards d'euros : le chiffre circule depuis le 9 février 2025.";
        ExtractedArticle article = new ExtractedArticle(1, "a9", null, "https://x.example/a9", "x", "fr", "Titre", null,
                Articles.summit("a1").publishedAt(), text,
                List.of(new ExtractedArticle.Entity("Emmanuel Macron", "PERSON", List.of(), List.of(new ExtractedArticle.Span(0, 15)))),
                List.of(new Fact(FactType.MONEY, "109 milliards d'euros", 18, 39, java.math.BigDecimal.valueOf(109_000_000_000L),
                        "EUR", null, null, null, null, null, null, null)), null);

        assertThat(writer.write(article).text().fr().items()).extracting(Digest.Item::text)
                .noneMatch(t -> t.contains("a annoncé"));
    }

    @Test
    void a_story_digest_states_a_fact_once_and_cites_every_article_stating_it() {
        DigestText en = writer.write(story).text().en();

        Digest.Item amounts = en.items().stream().filter(i -> i.text().startsWith("Amounts cited")).findFirst().orElseThrow();
        assertThat(amounts.text()).isEqualTo("Amounts cited: €109 billion.");
        assertThat(amounts.citations()).extracting(Digest.Citation::articleId).containsExactly("a1", "a2");
    }

    @Test
    void a_story_digest_opens_with_the_article_in_its_own_language_and_lists_its_sources() {
        WrittenDigest written = writer.write(story);

        assertThat(written.text().en().title()).isEqualTo("Macron unveils €109bn AI investment plan");
        assertThat(written.text().fr().title()).isEqualTo(Articles.summit("a1").title());
        assertThat(written.text().en().items().get(0).text()).startsWith("[en] French President Emmanuel Macron announced");
        Digest.Item sources = written.text().fr().items().get(written.text().fr().items().size() - 1);
        assertThat(sources.text()).isEqualTo("Sources : example-fr (fr), example-en (en).");
        assertThat(sources.citations()).extracting(Digest.Citation::articleId).containsExactly("a1", "a2");
    }

    @Test
    void a_story_digest_passes_the_grounding_check_of_its_articles() {
        assertThat(new GroundingCheck().check(writer.write(story).text(), story.articles()).unsupported()).isEmpty();
    }

    @Test
    void the_story_version_changes_when_an_article_joins_or_changes_but_not_with_their_order() {
        DigestSubject same = DigestSubject.story("s1", List.of(fr, en), List.of("h1", "h2"));
        DigestSubject joined = DigestSubject.story("s1", List.of(fr, en, Articles.summitIn("a3", "s1")), List.of("h1", "h2", "h3"));

        assertThat(same.version()).isEqualTo(story.version());
        assertThat(joined.version()).isNotEqualTo(story.version());
        assertThat(story.articles()).extracting(ExtractedArticle::articleId).containsExactly("a1", "a2");
    }
}
