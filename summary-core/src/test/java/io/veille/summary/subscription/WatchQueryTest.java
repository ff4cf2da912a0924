package io.veille.summary.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;

import org.junit.jupiter.api.Test;

class WatchQueryTest {

    private static boolean finds(String query, String text) {
        return WatchQuery.parse(query).matches(Folding.fold(text));
    }

    @Test
    void every_word_and_phrase_must_appear_as_whole_words() {
        assertThat(finds("mistral \"data centre\"", "Mistral AI will build a data centre near Paris")).isTrue();
        assertThat(finds("mistral \"data centre\"", "Mistral AI will build a centre for data")).isFalse();
        assertThat(finds("epr", "six réacteurs EPR2")).isFalse();
        assertThat(finds("EPR2", "six réacteurs EPR2.")).isTrue();
    }

    @Test
    void exclusions_and_excluded_phrases_refuse_an_article() {
        String text = "Le nucléaire et la coupe du monde de football";
        assertThat(finds("nucleaire -football", text)).isFalse();
        assertThat(finds("nucleaire -\"coupe du monde\"", text)).isFalse();
        assertThat(finds("nucleaire -\"coupe de france\" -rugby", text)).isTrue();
    }

    @Test
    void case_and_accents_are_ignored_on_both_sides() {
        assertThat(finds("ÉNERGIE \"Cour des Comptes\"", "la cour des comptes et l'energie")).isTrue();
        assertThat(finds("energie", "L'Énergie")).isTrue();
    }

    @Test
    void terms_are_kept_folded_and_punctuation_alone_is_skipped() {
        WatchQuery q = WatchQuery.parse("  Mistral & -\"Coupe  du Monde\" - ");
        assertThat(q.terms()).extracting(WatchQuery.Term::toString).containsExactly("mistral", "-\"coupe du monde\"");
        assertThat(q.text()).isEqualTo("Mistral & -\"Coupe  du Monde\" -");
        assertThat(WatchQuery.parse("-football").hasRequiredTerm()).isFalse();
        assertThat(WatchQuery.parse(" ").terms()).isEmpty();
    }

    @Test
    void parse_errors_say_what_and_where() {
        assertThatThrownBy(() -> WatchQuery.parse("mistral \"data centre"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("query: the phrase opened at character 9 is not closed");
        assertThatThrownBy(() -> WatchQuery.parse("a \"\" b")).hasMessage("query: empty phrase at character 3");
        assertThatThrownBy(() -> WatchQuery.parse("data\"centre\"")).hasMessageContaining("a quote inside a word at character 5");
    }

    @Test
    void a_query_is_bounded_in_characters_and_terms() {
        String tenThousand = String.join(" ", Collections.nCopies(10_000, "ia"));
        assertThatThrownBy(() -> WatchQuery.parse(tenThousand)).hasMessage("query has 29999 characters; at most 500");
        String fiftyOne = String.join(" ", Collections.nCopies(51, "ia"));
        assertThatThrownBy(() -> WatchQuery.parse(fiftyOne)).hasMessage("query has more than 50 terms");
        assertThat(WatchQuery.parse(String.join(" ", Collections.nCopies(50, "ia"))).terms()).hasSize(50);
    }
}
