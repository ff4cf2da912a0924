package io.veille.extractor.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;

class ArticleCapsTest {

    private static final String TEXT = "Mistral AI lève 600 millions d'euros. Nvidia investit 2 milliards de dollars.";

    @Test
    void an_article_within_every_cap_is_returned_unchanged_without_truncation() {
        ExtractedArticle article = article(TEXT);

        assertThat(new ArticleCaps(1000, 10, 10).apply(article)).isSameAs(article);
    }

    @Test
    void the_cut_drops_facts_and_mentions_past_it_and_entities_named_only_there() {
        ExtractedArticle capped = new ArticleCaps(40, 10, 10).apply(article(TEXT));

        assertThat(capped.text()).isEqualTo(TEXT.substring(0, 40));
        assertThat(capped.facts()).extracting(Fact::text).containsExactly("600 millions d'euros");
        assertThat(capped.entities()).extracting(ExtractedArticle.Entity::name).containsExactly("Mistral AI");
        assertThat(capped.entities().get(0).mentions()).containsExactly(new ExtractedArticle.Span(0, 10));
        assertThat(capped.truncation()).isEqualTo(new ExtractedArticle.Truncation(TEXT.length(), 1, 1));
    }

    @Test
    void facts_and_entities_beyond_their_caps_are_dropped_in_the_order_found_while_the_text_stays_whole() {
        ExtractedArticle capped = new ArticleCaps(1000, 1, 1).apply(article(TEXT));

        assertThat(capped.text()).isEqualTo(TEXT);
        assertThat(capped.facts()).extracting(Fact::text).containsExactly("600 millions d'euros");
        assertThat(capped.entities()).extracting(ExtractedArticle.Entity::name).containsExactly("Mistral AI");
        assertThat(capped.truncation()).isEqualTo(new ExtractedArticle.Truncation(TEXT.length(), 1, 1));
    }

    @Test
    void the_cut_never_splits_a_surrogate_pair() {
        String text = "ab\uD83D\uDE00cd";

        assertThat(new ArticleCaps(3, 10, 10).apply(article(text)).text()).isEqualTo("ab");
    }

    @Test
    void a_cap_below_one_character_is_refused() {
        assertThatThrownBy(() -> new ArticleCaps(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ExtractedArticle article(String text) {
        List<ExtractedArticle.Entity> entities = text.equals(TEXT)
                ? List.of(new ExtractedArticle.Entity("Mistral AI", "ORG", List.of(), List.of(new ExtractedArticle.Span(0, 10), new ExtractedArticle.Span(60, 66))),
                        new ExtractedArticle.Entity("Nvidia", "ORG", List.of(), List.of(new ExtractedArticle.Span(38, 44))))
                : List.of();
        List<Fact> facts = text.equals(TEXT)
                ? List.of(money("600 millions d'euros", 16, 36, "600000000", "EUR"), money("2 milliards de dollars", 54, 76, "2000000000", "USD"))
                : List.of();
        return new ExtractedArticle(1, "a", "a", "https://x.test/a", "src", "fr", "t", null, null, text, entities, facts, null);
    }

    private static Fact money(String text, int start, int end, String value, String currency) {
        return Fact.money(text, start, end, new BigDecimal(value), currency, null);
    }
}
