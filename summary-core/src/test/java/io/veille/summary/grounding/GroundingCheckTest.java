package io.veille.summary.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.summary.Articles;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

class GroundingCheckTest {

    private final GroundingCheck check = new GroundingCheck();
    private final ExtractedArticle article = Articles.summit("a1");

    private static Bilingual digest(String fr, String en) {
        return new Bilingual(new DigestText("Titre", List.of(new Digest.Item(fr, List.of(), List.of()))),
                new DigestText("Title", List.of(new Digest.Item(en, List.of(), List.of()))));
    }

    @Test
    void accepts_the_fact_amount_in_every_usual_form() {
        Bilingual ok = digest("Emmanuel Macron a annoncé 109 milliards d'euros, soit 109 Md€, le 9 février 2025.",
                "Emmanuel Macron announced €109bn (€109 billion, 109 billion euros) on 9 February 2025.");

        assertThat(check.check(ok, List.of(article)).unsupported()).isEmpty();
    }

    @Test
    void catches_an_invented_amount() {
        Bilingual invented = digest("Emmanuel Macron a annoncé 109 milliards d'euros.",
                "Emmanuel Macron announced €150 billion.");

        GroundingResult result = check.check(invented, List.of(article));

        assertThat(result.grounded()).isFalse();
        assertThat(result.unsupported()).singleElement().asString().contains("[en]").contains("150 billion");
    }

    @Test
    void catches_an_invented_date_or_a_figure_in_the_title() {
        Bilingual wrongYear = new Bilingual(new DigestText("Sommet 2026", List.of()), new DigestText("Summit", List.of()));
        assertThat(check.check(wrongYear, List.of(article)).unsupported()).hasSize(1);
        assertThat(check.check(digest("le 12 février", "on 9 February"), List.of(article)).unsupported()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€150 billion", "110 milliards d'euros", "€109 million", "€10.9bn", "1 090 milliards",
            "109 000 euros", "€1.09 trillion", "le 19 février 2025", "22 %", "en 2026", "$109.5bn", "100 000 jeunes",
            "9 March 2025", "February 10, 2024", "le 10 mars"})
    void catches_each_stubbed_invented_figure(String invented) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.", "Announced: " + invented + ".");

        assertThat(check.check(digest, List.of(article)).grounded()).as(invented).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le fonds Mistral Bank participe aussi au tour de table.",
        "Une hausse de trente-cinq pour cent est attendue.", "Mistral AI vise une hausse de vingt pour cent.",
        "Trois cent quarante-sept chercheurs sont concernés.", "Le fonds Macron Bank participe aussi.", "Dix dollars de plus sont promis.",
        "Le fonds France Bank participe aussi au tour de table."})
    void catches_a_name_made_of_a_backed_word_and_a_generic_one_and_spelled_percentages(String invented) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros. " + invented, "Announced: €109bn.");

        assertThat(check.check(digest, List.of(article)).grounded()).as(invented).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siemens participe également au financement du projet.", "Samsung participe aussi au projet.",
        "Capgemini rejoint le consortium.", "Tencent investit également.", "Siemens also takes part in the funding."})
    void catches_a_one_word_company_opening_a_sentence(String invented) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros. " + invented, "Announced: €109bn.");

        assertThat(check.check(digest, List.of(article)).unsupported()).as(invented).singleElement().asString()
                .contains("is not an entity");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Selon l'article, Emmanuel Macron a annoncé 109 milliards d'euros.",
        "fr|Investissements : 109 milliards d'euros.",
        "fr|Également cité : Emmanuel Macron.",
        "en|Investments reached €109bn, Emmanuel Macron said.",
        "en|Announced: €109bn.",
        "en|[fr] « Qui aurait cru que je pourrais avoir une coupe mulet ? »"})
    void an_ordinary_word_opening_a_sentence_is_no_name(String lang, String clean) {
        Bilingual digest = lang.equals("fr") ? digest(clean, "Announced: €109bn.") : digest("Emmanuel Macron a annoncé 109 milliards d'euros.", clean);

        assertThat(check.check(digest, List.of(article)).unsupported()).as(clean).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Les Émirats arabes unis investissent 109 milliards d'euros.",
        "en|The United Arab Emirates will invest €109 billion in French AI.",
        "en|The summit drew €109bn from the United Arab Emirates."})
    void catches_an_amount_given_to_another_actor_of_the_article(String lang, String swapped) {
        Bilingual digest = lang.equals("fr") ? digest(swapped, "Emmanuel Macron announced €109bn.")
                : digest("Emmanuel Macron a annoncé 109 milliards d'euros.", swapped);

        assertThat(check.check(digest, List.of(article)).unsupported()).as(swapped).singleElement().asString()
                .contains("is not stated with");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|Grand Palais apporte 500 milliards de dollars.", "en|Grand Palais provides $500 billion."})
    void a_name_of_generic_words_only_is_an_actor_too(String lang, String swapped) {
        // LlmPipelineIT's stub gave Stargate's $500bn to the summit's venue, whose words are all generic ones
        Bilingual digest = lang.equals("fr") ? digest(swapped, "Stargate reaches $500 billion.")
                : digest("Le plan américain Stargate atteint 500 milliards de dollars.", swapped);

        assertThat(check.check(digest, SUMMIT).unsupported()).as(swapped).singleElement().asString().contains("is not stated with");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Emmanuel Macron announced €109 billion of private investment.",
        "According to Emmanuel Macron, France will receive €109bn.", "€109bn from Macron; the funds will come from the United Arab Emirates."})
    void an_amount_with_its_own_actor_passes(String clean) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.", clean);

        assertThat(check.check(digest, List.of(article)).unsupported()).as(clean).isEmpty();
    }

    @Test
    void a_number_inside_a_quoted_fact_is_backed_by_that_fact() {
        String text = "Le fonds recevra 2,5 milliards de dollars sur 5 ans, a indiqué l'Élysée.";
        String span = "2,5 milliards de dollars sur 5 ans";
        int at = text.indexOf(span);
        ExtractedArticle quoted = new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, "q1", null, "urn:veille:text:q1",
                "adhoc", "fr", null, null, null, text, List.of(),
                List.of(new Fact(FactType.MONEY, span, at, at + span.length(), new BigDecimal("2500000000"), "USD", null, null, null,
                        null, null, null, null)), null);

        assertThat(check.check(digest("Le fonds recevra 2,5 milliards de dollars sur 5 ans.", "It gets $2.5bn."), List.of(quoted))
                .unsupported()).isEmpty();
        assertThat(check.check(digest("Le fonds recevra 2,5 milliards de dollars sur 6 ans.", "It gets $2.5bn."), List.of(quoted))
                .unsupported()).singleElement().asString().contains("\"6\"");
    }

    @Test
    void a_yearless_date_is_backed_by_a_fact_read_without_a_year() {
        String text = "Le ministre a signé l'accord le 9 février à Bruxelles.";
        int at = text.indexOf("9 février");
        ExtractedArticle adHoc = new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, "t1", null, "urn:veille:text:t1",
                "adhoc", "fr", null, null, null, text, List.of(),
                List.of(new Fact(FactType.DATE, "9 février", at, at + 9, null, null, null, "--02-09", null, null, null,
                        null, null)), null);

        assertThat(check.check(digest("Accord signé le 9 février.", "Agreement signed on 9 February."), List.of(adHoc))
                .unsupported()).isEmpty();
        assertThat(check.check(digest("Accord signé le 10 février.", "Agreement signed on 9 February."), List.of(adHoc))
                .unsupported()).singleElement().asString().contains("10 février");
    }

    @Test
    void an_english_percentage_spelled_out_is_checked_and_a_rejected_amount_is_quoted_with_its_currency() {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.",
                "Announced: €109bn. A rise of thirty-five per cent is expected, and $20 billion more.");

        assertThat(check.check(digest, List.of(article)).unsupported())
                .anySatisfy(claim -> assertThat(claim).contains("thirty-five per cent"))
                .anySatisfy(claim -> assertThat(claim).contains("\"$20 billion\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"€109bn", "109 Md€", "109 billion euros", "€109 billion", "109 milliards", "EUR 109bn",
            "109,000,000,000 euros", "9 February 2025", "10 February", "February 9, 2025", "le 9 février",
            "9–10 February 2025"})
    void accepts_each_faithful_rendering(String faithful) {
        Bilingual digest = digest("Emmanuel Macron a annoncé 109 milliards d'euros.", "Announced: " + faithful + ".");

        assertThat(check.check(digest, List.of(article)).unsupported()).as(faithful).isEmpty();
    }

    @Test
    void reads_numbers_with_their_scale_and_separators() {
        assertThat(NumberMentions.in("100 000 jeunes")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("100000"));
        assertThat(NumberMentions.in("1,5 milliard")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("1500000000"));
        assertThat(NumberMentions.in("$2.5bn and 1,000,000 users")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("2500000000"), new BigDecimal("1000000"));
        assertThat(NumberMentions.in("€20m")).singleElement()
                .extracting(NumberMention::value).isEqualTo(new BigDecimal("20000000"));
    }

    @Test
    void does_not_read_words_such_as_ms_or_model_names_as_scales() {
        assertThat(NumberMentions.in("GPT4 2 models")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"entre 10 et 20 milliards d'euros|€10–20 billion", "jusqu'à 20 milliards d'euros|up to €20bn",
            "de 10 à 20 milliards|€10 billion to €20 billion", "10 milliards d'euros au moins|between 10 and 20 billion euros"})
    void accepts_the_bounds_of_a_range_fact(String renderings) {
        String[] frEn = renderings.split("\\|");

        assertThat(check.check(digest(frEn[0], frEn[1]), List.of(Articles.range("r1"))).unsupported()).as(renderings).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"€10–30 billion", "€15 billion", "30 milliards d'euros", "entre 10 et 25 milliards"})
    void catches_a_bound_the_range_does_not_have(String invented) {
        Bilingual digest = digest("entre 10 et 20 milliards d'euros", invented);

        assertThat(check.check(digest, List.of(Articles.range("r1"))).grounded()).as(invented).isFalse();
    }

    @Test
    void reads_a_range_lower_bound_with_the_scale_word_of_its_upper_bound() {
        assertThat(NumberMentions.in("entre 10 et 20 milliards d'euros")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("10000000000"), new BigDecimal("20000000000"));
        assertThat(NumberMentions.in("€10–20 billion, 3 sites")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("10000000000"), new BigDecimal("20000000000"), new BigDecimal("3"));
    }

    private static final List<ExtractedArticle> SUMMIT = List.of(GroundingArticles.summit("s1"));
    private static final List<ExtractedArticle> STUDY = List.of(GroundingArticles.study("e1"));
    private static final String GROUNDED_FR = "Emmanuel Macron a annoncé 109 milliards d'euros.";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "109 milliards d'euros | true", "€109bn | true", "€109 billion | true", "109 Md€ | true", "109 G€ | true",
        "109 billion euros | true", "EUR 109bn | true", "109 000 000 000 € | true", "109,000,000,000 euros | true",
        "2,5 milliards de dollars | true", "$2.5bn | true", "$2.5 billion | true", "US$2.5bn | true", "2.5 billion dollars | true",
        "1 gigawatt | true", "1 GW | true", "100 000 jeunes | true", "100,000 young people | true", "100\u202f000 jeunes | true",
        "de 40 000 à 100 000 chercheurs | true", "from 40,000 to 100,000 researchers | true",
        "jusqu'à 50 milliards d'euros | true", "between €10bn and €20bn | true", "10-20 milliards d'euros | true",
        "d'ici 2030 | true", "by 2030 | true", "le 9 février 2025 | true", "on 10–11 February | true", "en 2025 | true",
        "500 milliards de dollars | true", "2 GW | false", "3 sites | false",
        "109 millions d'euros | false", "€109m | false", "109 M€ | false", "€109 million | false", "109 000 euros | false",
        "€1.09 trillion | false", "109 milliards de dollars | false", "$109bn | false", "£109bn | false",
        "110 milliards d'euros | false", "€119.9bn | false", "98,1 milliards d'euros | false",
        "2,5 milliards d'euros | false", "€2.5bn | false", "3,5 milliards de dollars | false", "$25bn | false",
        "101 000 jeunes | false", "10-30 milliards d'euros | false", "deux milliards d'euros | false",
        "two billion dollars | false", "en 2026 | false", "by 2031 | false", "€2030 | false", "2030 milliards | false",
        "le 10 mars 2025 | false", "on 9 February 2024 | false", "22 % | false", "22 per cent | false"})
    void reads_each_figure_format_and_accepts_it_only_when_a_fact_backs_it(String text, boolean backed) {
        String written = text.replace("\\u202f", "\u202f");
        Bilingual digest = digest(GROUNDED_FR, "The plan: " + written + ".");

        assertThat(check.check(digest, SUMMIT).grounded()).as(written).isEqualTo(backed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "22 % | true", "22% | true", "22 per cent | true", "22 percent | true", "22 pour cent | true", "15 % | true",
        "entre 15 et 22 % | true", "250 milliards d'euros | true", "€600m | true", "600 M€ | true", "en 2023 | true",
        "en juin 2024 | true", "23 % | false", "2,2 % | false", "22 millions d'euros | false", "€22 | false",
        "€600bn | false", "60 % | false", "en 2022 | false", "15 à 25 % | false"})
    void reads_percentages_in_both_languages_and_never_as_amounts(String text, boolean backed) {
        Bilingual digest = digest("Selon le Boston Consulting Group, " + text + ".", "According to the study: " + text + ".");

        assertThat(check.check(digest, STUDY).grounded()).as(text).isEqualTo(backed);
    }

    @Test
    void reads_spelled_out_numbers_only_with_a_scale_word() {
        assertThat(NumberMentions.in("deux milliards d'euros")).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualTo(new BigDecimal("2000000000")))
                .satisfies(m -> assertThat(m.currencies()).containsExactly("EUR"));
        assertThat(NumberMentions.in("quatre-vingt-dix millions and twenty-five thousand")).extracting(NumberMention::value)
                .containsExactly(new BigDecimal("90000000"), new BigDecimal("25000"));
        assertThat(NumberMentions.in("les deux pays, three partners")).isEmpty();
    }

    @Test
    void reads_a_currency_written_before_or_after_the_scale() {
        assertThat(NumberMentions.in("109 G€, €20m, 5 k€, 2,5 Md$")).extracting(NumberMention::value).containsExactly(
                new BigDecimal("109000000000"), new BigDecimal("20000000"), new BigDecimal("5000"), new BigDecimal("2500000000"));
        assertThat(NumberMentions.in("1 GW, 20 m, 3 b")).extracting(NumberMention::value)
                .containsExactly(BigDecimal.ONE, new BigDecimal("20"), new BigDecimal("3"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Emmanuel Macron a annoncé le plan au Grand Palais.",
        "French President Emmanuel Macron unveiled the plan at the Grand Palais in Paris.",
        "President Macron spoke at the Élysée Palace.",
        "Le président Macron s'est exprimé depuis l'Élysée.",
        "The Paris AI Action Summit opened on 10 February.",
        "Le Sommet pour l'action sur l'IA s'est ouvert le 10 février.",
        "The United Arab Emirates will invest up to €50bn in an AI campus.",
        "Canada's Brookfield will invest €20bn in Cambrai, and Britain's Fluidstack €10bn.",
        "European Commission President Ursula von der Leyen presented a €200bn programme.",
        "Ursula von der Leyen, Narendra Modi and J.D. Vance attended.",
        "US Vice President JD Vance met Indian Prime Minister Narendra Modi.",
        "Vance met Modi; Bengio called for caution.",
        "AI pioneer Yoshua Bengio called for caution.",
        "Current AI will have a $2.5bn fund, against $500bn for the US Stargate plan.",
        "Yesterday Emmanuel Macron said the summit was a success.",
        "In Paris Emmanuel Macron announced €109bn.",
        "Stargate: $500bn.",
        "[fr] « Nous serons au rendez-vous », a déclaré Emmanuel Macron.",
        "Macron's plan matches the American Stargate project.",
        "L'État veut former 100 000 jeunes par an d'ici 2030."})
    void accepts_the_names_of_the_cited_article_in_either_language(String sentence) {
        Bilingual digest = digest(GROUNDED_FR, sentence);

        assertThat(check.check(digest, SUMMIT).unsupported()).as(sentence).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Olaf Scholz welcomed the €109bn plan. | Olaf Scholz",
        "Google DeepMind will open a lab in Cambrai. | Google DeepMind",
        "Sam Altman praised the plan. | Sam Altman",
        "Le plan a été salué par Bruno Le Maire. | Bruno Le Maire",
        "The plan is backed by Microsoft. | Microsoft",
        "Emmanuel Bengio announced €109bn. | Emmanuel Bengio",
        "Ursula von der Modi presented a €200bn programme. | Ursula von der Modi",
        "According to Thierry Breton, the summit was a success. | Thierry Breton",
        "The summit, hosted by Emmanuel Macron and Keir Starmer, opened in Paris. | Keir Starmer"})
    void catches_a_name_no_cited_article_states(String sentence, String name) {
        GroundingResult result = check.check(digest(GROUNDED_FR, sentence), SUMMIT);

        assertThat(result.unsupported()).as(sentence)
                .containsExactly("[en] name \"" + name + "\" is not an entity of the cited articles");
    }

    @Test
    void checks_names_in_titles_and_items_of_both_languages() {
        Bilingual digest = new Bilingual(
                new DigestText("Olaf Scholz salue le plan de 109 milliards d'euros", List.of(new Digest.Item(GROUNDED_FR, List.of(), List.of()))),
                new DigestText("Macron's €109bn plan", List.of(new Digest.Item("Sam Altman praised it.", List.of(), List.of()))));

        assertThat(check.check(digest, SUMMIT).unsupported()).containsExactly(
                "[fr] name \"Olaf Scholz\" is not an entity of the cited articles",
                "[en] name \"Sam Altman\" is not an entity of the cited articles");
    }

    @Test
    void grounds_a_name_the_article_writes_though_its_entities_miss_it() {
        ExtractedArticle noEntities = new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, "n1", "story-n1", "https://x.fr/n1",
                "x", "fr", "Sommet", null, java.time.Instant.parse("2025-02-10T07:00:00Z"), GroundingArticles.SUMMIT_TEXT,
                List.of(), List.of(), null);

        assertThat(check.check(digest("Ursula von der Leyen et Narendra Modi étaient là.", "Yoshua Bengio called for caution."),
                List.of(noEntities)).unsupported()).isEmpty();
        assertThat(check.check(digest("Ursula von der Leyen était là.", "Olaf Scholz was there."), List.of(noEntities))
                .unsupported()).hasSize(1);
    }

    @Test
    void leaves_a_title_in_title_case_and_a_lone_opening_word_to_the_other_checks() {
        Bilingual digest = new Bilingual(
                new DigestText("Macron dévoile un plan de 109 milliards d'euros", List.of(new Digest.Item(GROUNDED_FR, List.of(), List.of()))),
                new DigestText("Macron Unveils €109bn Plan To Rival Stargate",
                        List.of(new Digest.Item("Announced: €109bn. Investors include Brookfield.", List.of(), List.of()))));

        assertThat(check.check(digest, SUMMIT).unsupported()).isEmpty();
        assertThat(GroundingCheck.titleCase("Macron Unveils €109bn Plan To Rival Stargate")).isTrue();
        assertThat(GroundingCheck.titleCase("Macron unveils a €109bn plan")).isFalse();
    }

    @Test
    void finds_names_with_particles_hyphens_elisions_and_initials() {
        assertThat(NameMentions.in("Selon Ursula von der Leyen, l'Élysée et Jean-Noël Barrot ont reçu J.D. Vance chez Macron's team."))
                .extracting(NameMentions.NameMention::text)
                .containsExactly("Ursula von der Leyen", "Élysée", "Jean-Noël Barrot", "J.D. Vance", "Macron");
        assertThat(NameMentions.in("Le président de la République a parlé.")).extracting(NameMentions.NameMention::text)
                .containsExactly("République");
    }
}
