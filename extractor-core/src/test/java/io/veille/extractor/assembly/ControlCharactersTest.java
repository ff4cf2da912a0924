package io.veille.extractor.assembly;

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
}
