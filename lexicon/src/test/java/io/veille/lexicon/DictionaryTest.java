package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void tellsOrdinaryWordsOpeningASentenceFromNames() {
        Dictionary fr = Dictionary.of("fr");
        Dictionary en = Dictionary.of("en");

        assertThat(fr.commonWord("Selon")).isTrue();
        assertThat(fr.commonWord("Investissements")).as("a plural of a listed lemma").isTrue();
        assertThat(fr.commonWord("Également")).isTrue();
        assertThat(en.commonWord("Investments")).isTrue();
        assertThat(en.commonWord("Announced")).isTrue();

        assertThat(fr.properName("Siemens")).isTrue();
        assertThat(fr.properName("Samsung")).isTrue();
        assertThat(en.properName("Samsung")).isTrue();
        assertThat(fr.properName("Selon")).isFalse();
        assertThat(en.commonWord("Capgemini")).as("neither list has it: an unknown word").isFalse();
        assertThat(en.properName("Capgemini")).isFalse();
    }

    @Test
    void comparesFoldedAndHasNoOtherLanguage() {
        assertThat(Dictionary.of("fr").commonWord("ECONOMIE")).isTrue();
        assertThat(Dictionary.of("fr").properName("elysee")).isEqualTo(Dictionary.of("fr").properName("Élysée"));
        assertThat(Dictionary.of("de")).isNull();
        assertThat(Dictionary.of("fr")).isSameAs(Dictionary.of("fr"));
    }
}
