package io.veille.summary.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;
import io.veille.summary.Articles;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestSubject;

class LlmAnswerParserTest {

    private final DigestSubject story = DigestSubject.story("s1",
            List.of(Articles.summitIn("a1", "s1"), Articles.summitEn("a2", "s1")), List.of("h1", "h2"));
    private final PromptFacts facts = new PromptFacts(story, 60);
    private final LlmAnswerParser parser = new LlmAnswerParser();

    private static String answer(String frFacts, String enFacts) {
        return """
                {"fr": {"title": "Sommet", "items": [{"text": "Un texte.", "facts": %s}]},
                 "en": {"title": "Summit", "items": [{"text": "A text.", "facts": %s}]}}""".formatted(frFacts, enFacts);
    }

    @Test
    void an_item_cites_the_articles_whose_facts_it_uses() {
        Bilingual parsed = parser.parse(answer("[\"F3\"]", "[\"F1\", \"F3\"]"), story, facts);

        assertThat(parsed.fr().items().get(0).citations()).extracting(Digest.Citation::articleId).containsExactly("a2");
        assertThat(parsed.en().items().get(0).citations()).extracting(Digest.Citation::articleId).containsExactly("a1", "a2");
        assertThat(parsed.fr().items().get(0).factsUsed()).containsExactly("€109 billion");
    }

    @Test
    void an_item_using_no_known_fact_cites_the_whole_story() {
        Bilingual parsed = parser.parse(answer("[]", "[\"F99\", \"x\"]"), story, facts);

        assertThat(parsed.fr().items().get(0).citations()).extracting(Digest.Citation::articleId).containsExactly("a1", "a2");
        assertThat(parsed.en().items().get(0).factsUsed()).isEmpty();
    }

    @Test
    void an_answer_missing_a_language_is_malformed() {
        assertThatThrownBy(() -> parser.parse("{\"fr\": {\"title\": \"t\", \"items\": [{\"text\": \"x\", \"facts\": []}]}}", story, facts))
                .isInstanceOf(LlmFailure.class)
                .satisfies(e -> assertThat(((LlmFailure) e).kind()).isEqualTo(LlmFailure.Kind.MALFORMED));
    }
}
