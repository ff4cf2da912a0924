package io.veille.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void nul_and_other_c0_controls_are_stripped_while_tab_newline_and_return_stay() {
        assertThat(ControlCharacters.strip("a\u0000b\u0001c\u001Fd\te\nf\rg")).isEqualTo("abcd\te\nf\rg");
    }

    @Test
    void blanking_keeps_the_length_so_spans_into_the_text_stay_true() {
        String blanked = ControlCharacters.blank("109\u0000milliards");

        assertThat(blanked).isEqualTo("109 milliards").hasSize("109\u0000milliards".length());
    }

    @Test
    void clean_text_and_null_come_back_as_they_are() {
        String clean = "Sommet de l'IA";

        assertThat(ControlCharacters.strip(clean)).isSameAs(clean);
        assertThat(ControlCharacters.blank(null)).isNull();
    }

    @Test
    void every_text_of_an_extracted_article_is_blanked_and_its_spans_still_point_at_the_same_words() {
        ExtractedArticle base = Samples.extractedArticle();
        ExtractedArticle dirty = new ExtractedArticle(base.schemaVersion(), base.articleId(), base.storyId(), base.url(),
                base.sourceId(), base.lang(), "Sommet\u0000IA", base.byline(), base.publishedAt(), base.text().replace(' ', '\u0000'),
                base.entities(), base.facts(), null);

        ExtractedArticle clean = ControlCharacters.blankAll(dirty);

        assertThat(clean.title()).isEqualTo("Sommet IA");
        assertThat(clean.text()).isEqualTo(base.text());
        Fact money = clean.facts().get(0);
        assertThat(clean.text().substring(money.start(), money.end())).isEqualTo("109 milliards d'euros");
    }

    @Test
    void blanking_keeps_what_the_article_is_a_copy_of() {
        ExtractedArticle copy = Samples.extractedArticle().asCopyOf("a-original");

        assertThat(ControlCharacters.blankAll(copy).copyOf()).isEqualTo("a-original");
    }
}
