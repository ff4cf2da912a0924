package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.summary.Articles;
import io.veille.summary.grounding.GroundingCheck;

import java.util.List;

class ExtractiveDigestWriterTest {

    private final ExtractiveDigestWriter writer = new ExtractiveDigestWriter();
    private final ExtractedArticle article = Articles.summit("a1");

    @Test
    void renders_the_money_fact_in_french_and_in_english() {
        WrittenDigest written = writer.write(article);

        assertThat(written.text().fr().items()).extracting(Digest.Item::text)
                .contains("Montants cités : 109 milliards d'euros.", "Dates : 9 février 2025.");
        assertThat(written.text().en().items()).extracting(Digest.Item::text)
                .contains("Amounts cited: €109 billion.", "Dates: 9 February 2025.");
        assertThat(written.status()).isEqualTo(DigestStatus.VERIFIED);
        assertThat(written.provider()).isEqualTo("extractive");
    }

    @Test
    void quotes_the_lead_sentences_in_the_source_language_marked_with_it() {
        DigestText en = writer.write(article).text().en();

        assertThat(en.items().get(0).text())
                .startsWith("[fr] Emmanuel Macron a annoncé 109 milliards d'euros")
                .contains("L'annonce a été faite le 9 février 2025");
        assertThat(en.title()).as("a headline in English from the lead fact, then the title as written")
                .isEqualTo("Emmanuel Macron announced €109 billion — [fr] " + article.title());
        assertThat(writer.write(article).text().fr().title()).isEqualTo(article.title());
    }

    @Test
    void every_item_cites_the_article() {
        for (DigestText text : List.of(writer.write(article).text().fr(), writer.write(article).text().en())) {
            assertThat(text.items()).isNotEmpty().allSatisfy(item -> assertThat(item.citations())
                    .containsExactly(new Digest.Citation("a1", article.url(), "example-fr")));
        }
    }

    @Test
    void names_the_people_and_records_which_facts_an_item_uses() {
        DigestText fr = writer.write(article).text().fr();

        assertThat(fr.items()).extracting(Digest.Item::text).contains("Personnes et organisations citées : Emmanuel Macron.");
        assertThat(fr.items()).filteredOn(i -> i.text().startsWith("Montants")).singleElement()
                .satisfies(i -> assertThat(i.factsUsed()).containsExactly("109 milliards d'euros"));
    }

    @Test
    void is_deterministic_and_passes_its_own_grounding_check() {
        assertThat(writer.write(article)).isEqualTo(writer.write(article));
        assertThat(new GroundingCheck().check(writer.write(article).text(), List.of(article)).unsupported()).isEmpty();
    }

    @Test
    void copes_with_an_article_without_text_title_or_facts() {
        ExtractedArticle bare = new ExtractedArticle(1, "b", null, "https://x.example/b", null, "en", null, null, null, null,
                null, null, null);

        WrittenDigest written = writer.write(bare);

        assertThat(written.text().fr().title()).isEqualTo("Article sans titre");
        assertThat(written.text().en().items()).isEmpty();
    }

    @Test
    void digest_ids_depend_on_kind_subject_and_language_only() {
        assertThat(DigestIds.of(Digest.Kind.ARTICLE, "a1", "fr")).isEqualTo(DigestIds.of(Digest.Kind.ARTICLE, "a1", "fr"))
                .isNotEqualTo(DigestIds.of(Digest.Kind.ARTICLE, "a1", "en"))
                .isNotEqualTo(DigestIds.of(Digest.Kind.STORY, "a1", "fr"));
    }

    @Test
    void renders_a_range_fact_in_both_languages_and_still_passes_its_own_grounding_check() {
        ExtractedArticle range = Articles.range("r1");
        WrittenDigest written = writer.write(range);

        assertThat(written.text().fr().items()).extracting(Digest.Item::text)
                .contains("Montants cités : entre 10 et 20 milliards d'euros.");
        assertThat(written.text().en().items()).extracting(Digest.Item::text)
                .contains("Amounts cited: €10–20 billion.");
        assertThat(new GroundingCheck().check(written.text(), List.of(range)).unsupported()).isEmpty();
        assertThat(written.status()).isEqualTo(DigestStatus.VERIFIED);
    }

    @Test
    void the_french_headline_gives_an_organisation_the_determiner_the_article_gives_it() {
        String text = "Bruxelles a réagi. L'Union européenne a annoncé 20 milliards d'euros pour l'IA. L'Union européenne veut rattraper son retard.";
        int first = text.indexOf("Union");
        int second = text.indexOf("Union", first + 1);
        ExtractedArticle.Entity eu = new ExtractedArticle.Entity("Union européenne", "ORG",
                List.of(), List.of(new ExtractedArticle.Span(first, first + 16),
                        new ExtractedArticle.Span(second, second + 16)));

        assertThat(AttributedAmount.frenchDeterminer(text, eu)).isEqualTo("l'");
        AttributedAmount a = new AttributedAmount(null, "Union européenne", "l'", AttributedAmount.Verb.ANNOUNCED);
        assertThat(a.sentence("fr", "20 milliards d'euros")).isEqualTo("L'Union européenne a annoncé 20 milliards d'euros.");
        assertThat(new AttributedAmount(null, "Emmanuel Macron", "", AttributedAmount.Verb.ANNOUNCED).sentence("fr", "109 milliards d'euros"))
                .isEqualTo("Emmanuel Macron a annoncé 109 milliards d'euros.");
    }

    @Test
    void the_english_side_names_a_known_organisation_in_english() {
        assertThat(NamesInLanguage.of("Union européenne", "en")).isEqualTo("European Union");
        assertThat(NamesInLanguage.of("Commission européenne", "en")).isEqualTo("European Commission");
        assertThat(NamesInLanguage.of("Union européenne", "fr")).isEqualTo("Union européenne");
        assertThat(NamesInLanguage.of("Mistral AI", "en")).isEqualTo("Mistral AI");
        AttributedAmount eu = new AttributedAmount(null, "Union européenne", "l'", AttributedAmount.Verb.ANNOUNCED);
        assertThat(eu.sentence("en", "€20 billion")).isEqualTo("The European Union announced €20 billion.");
    }
}
