package io.veille.extractor.extraction;

import static io.veille.extractor.support.TestPages.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

class ArticleExtractorTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);
    private final ArticleExtractor extractor = new ArticleExtractor(NOW);

    private Extraction extract(String name) {
        return extractor.extract(new Page(read(name), "http://127.0.0.1:8080/articles/" + name, "fr", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paris-capitale-mondiale-ia.html", "sommet-action-ia-souverainete-numerique.html",
        "offensive-francaise-ia-109-milliards.html"})
    void the_summit_pages_yield_the_109_billion_euro_plan(String name) {
        Extraction e = extract(name);

        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.MONEY)
                .extracting(Fact::value, Fact::currency)
                .contains(tuple(new BigDecimal("109000000000"), "EUR"));
        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.MONEY)
                .anySatisfy(f -> assertThat(f.text()).matches("109 milliards d['’]euros"));
        assertThat(e.facts()).allSatisfy(f -> assertThat(e.text().substring(f.start(), f.end())).isEqualTo(f.text()));
        assertThat(e.lang()).isEqualTo("fr");
    }

    @Test
    void a_blog_page_keeps_its_prose_and_drops_menus_newsletter_and_comments() {
        Extraction e = extract("paris-capitale-mondiale-ia.html");

        assertThat(e.title()).isEqualTo("Paris, capitale mondiale de l'IA : l'Europe veut jouer dans la cour des grands");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-02-12T09:15:00Z"));
        assertThat(e.text())
                .contains("Paris a accueilli, les 10 et 11 février 2025, un sommet de l'intelligence artificielle")
                .contains("Ursula von der Leyen, présidente de la Commission européenne")
                .doesNotContain("top of page", "bottom of page", "Abonnez-vous à la newsletter", "Travaillons ensemble",
                        "06.74.18.72.62", "Communicare est une marque déposée", "6 min de lecture");
        assertThat(e.text()).contains("\n\n").doesNotContain("\n\n\n");
        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.DATE).first()
                .satisfies(f -> {
                    assertThat(f.date()).isEqualTo("2025-02-10");
                    assertThat(f.dateEnd()).isEqualTo("2025-02-11");
                });
    }

    @Test
    void a_json_ld_article_body_is_preferred_and_the_page_furniture_stays_out() {
        Extraction e = extract("offensive-francaise-ia-109-milliards.html");

        assertThat(e.siteName()).isEqualTo("Éco Matin");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-02-11T17:45:00Z"));
        assertThat(e.text()).startsWith("Paris s'impose comme la nouvelle capitale mondiale")
                .doesNotContain("Lire aussi", "Choc fiscal", "Laisser un commentaire", "RÉDIGE TON AVIS", "Retour en haut");
        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.MONEY).extracting(Fact::text, Fact::value)
                .contains(tuple("400 millions d’euros", new BigDecimal("400000000")),
                        tuple("10 milliards d’euros sur cinq ans", new BigDecimal("10000000000")),
                        tuple("plus de 800 milliards d’euros", new BigDecimal("800000000000")));
        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.DATE).extracting(Fact::date)
                .contains("2025-02-09");
    }

    @Test
    void a_page_without_json_ld_is_read_by_content_scoring() {
        Extraction e = extract("sommet-action-ia-souverainete-numerique.html");

        assertThat(e.title()).isEqualTo("Le Sommet pour l'action sur l'IA vers plus de souveraineté numérique");
        assertThat(e.siteName()).isEqualTo("BIM & Transition numérique");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-04-01T07:00:00Z"));
        assertThat(e.text()).startsWith("Le Sommet pour l’action sur l’intelligence artificielle s’est tenu")
                .contains("Quels sont les piliers d’une IA souveraine")
                .doesNotContain("Back to top", "Formations", "Sommet pur l action sur l IA");
        assertThat(e.facts()).filteredOn(f -> f.type() == FactType.MONEY)
                .extracting(Fact::text, Fact::value, Fact::currency, Fact::qualifier).containsExactly(
                        tuple("109 milliards d’euros", new BigDecimal("109000000000"), "EUR", null),
                        tuple("20 milliards d’euros", new BigDecimal("20000000000"), "EUR", null),
                        tuple("jusqu’à 50 milliards d’euros", new BigDecimal("50000000000"), "EUR", "up to"),
                        tuple("2,5 milliards de dollars sur 5 ans", new BigDecimal("2500000000"), "USD", "over 5 years"));
    }

    @Test
    void a_time_element_dates_a_page_without_date_meta() {
        Extraction e = extract("ia-generative-france-mistral-nvidia.html");

        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-06-13T07:30:00Z"));
        assertThat(e.byline()).isEqualTo("Joly Moura");
        assertThat(e.text()).doesNotContain("top of page", "il y a 3 jours", "3 min de lecture", "Commentaires",
                "Bonjour et merci pour votre visite", "Pinterest");
    }

    @Test
    void an_english_wire_page_drops_cookie_banner_share_bar_read_more_and_comments() {
        Extraction e = extractor.extract(new Page(read("newswire-en.html"), null, null, null));

        assertThat(e.lang()).isEqualTo("en");
        assertThat(e.title()).isEqualTo("Nvidia and Mistral AI to build European AI cloud");
        assertThat(e.siteName()).isEqualTo("Tech Wire");
        assertThat(e.canonicalUrl()).isEqualTo("https://wire.example.com/2025/06/11/nvidia-mistral-ai-cloud");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-06-11T00:00:00Z"));
        assertThat(e.text()).startsWith("PARIS, June 11 (Tech Wire)")
                .doesNotContain("cookies", "Share on", "Read more", "Most read", "Great news", "All rights reserved");
        assertThat(e.facts()).extracting(Fact::type, Fact::text).contains(
                tuple(FactType.MONEY, "€1.7 billion"), tuple(FactType.MONEY, "up to €109bn"),
                tuple(FactType.MONEY, "$2.5bn over five years"), tuple(FactType.DATE, "February 10-11, 2025"),
                tuple(FactType.DATE, "Three days ago"), tuple(FactType.QUANTITY, "40 MW"));
        assertThat(e.facts()).filteredOn(f -> f.text().equals("Three days ago")).extracting(Fact::date)
                .containsExactly("2025-06-08");
    }

    @Test
    void plain_text_is_taken_as_written() {
        String text = "Le président a annoncé 109 milliards d'euros.\r\n\r\n\r\nIl y a 3 jours, Mistral AI a levé 1,7 milliard d'euros.";
        Extraction e = extractor.extract(new Page(text, null, "fr", Instant.parse("2025-02-12T10:00:00Z")));

        assertThat(e.text()).isEqualTo("Le président a annoncé 109 milliards d'euros.\n\nIl y a 3 jours, Mistral AI a levé 1,7 milliard d'euros.");
        assertThat(e.title()).isNull();
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2025-02-12T10:00:00Z"));
        assertThat(e.facts()).extracting(Fact::type, Fact::value, Fact::date).containsExactly(
                tuple(FactType.MONEY, new BigDecimal("109000000000"), null),
                tuple(FactType.DATE, null, "2025-02-09"),
                tuple(FactType.MONEY, new BigDecimal("1700000000"), null));
    }

    @Test
    void broken_json_ld_does_not_break_the_page() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<title>Un titre | Site</title><meta property=\"og:site_name\" content=\"Site\"></head><body><article>"
                + "<p>Le gouvernement a présenté mardi un plan de 3 milliards d'euros pour les réseaux électriques du pays.</p>"
                + "</article></body></html>";
        Extraction e = extractor.extract(Page.ofHtml(html));

        assertThat(e.title()).isEqualTo("Un titre");
        assertThat(e.text()).startsWith("Le gouvernement a présenté mardi");
        assertThat(e.facts()).extracting(Fact::value).containsExactly(new BigDecimal("3000000000"));
    }

    @Test
    void json_ld_in_a_graph_with_trailing_commas_is_read() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"X\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Graph headline\","
                + "\"datePublished\":\"2024-05-02T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lopez\"}],"
                + "\"articleBody\":\"" + "Une phrase assez longue pour compter comme un vrai corps d'article. ".repeat(5) + "\",}]}"
                + "</script></head><body><p>Teaser.</p></body></html>";
        Extraction e = extractor.extract(Page.ofHtml(html));

        assertThat(e.title()).isEqualTo("Graph headline");
        assertThat(e.byline()).isEqualTo("Ana Lopez");
        assertThat(e.publishedAt()).isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
        assertThat(e.text()).startsWith("Une phrase assez longue");
    }

    @Test
    void publication_dates_outside_sane_bounds_are_ignored() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2099-01-01T00:00:00Z\">"
                + "<meta name=\"date\" content=\"1970-01-01\"></head><body><p>Texte.</p></body></html>";
        Instant hint = Instant.parse("2025-03-01T00:00:00Z");
        assertThat(extractor.extract(new Page(html, null, "fr", hint)).publishedAt()).isEqualTo(hint);
    }

    @Test
    void deeply_nested_and_oversized_pages_do_not_blow_up() {
        String deep = "<html><body>" + "<div><span>".repeat(100_000) + "Bonjour" + "</span></div>".repeat(100_000)
                + "</body></html>";
        assertThat(extractor.extract(Page.ofHtml(deep)).text()).contains("Bonjour");

        String lists = "<html><body>" + "<ul><li>Un élément de liste assez long pour être noté, ".repeat(20_000)
                + "</body></html>";
        assertThat(extractor.extract(Page.ofHtml(lists))).isNotNull();

        String huge = "<html><body><article>" + "<p>Un paragraphe de 2 milliards d'euros, répété encore et encore.</p>".repeat(120_000)
                + "</article></body></html>";
        assertThat(huge.length()).isGreaterThan(ArticleExtractor.MAX_INPUT_CHARS);
        assertThat(extractor.extract(Page.ofHtml(huge)).text().length()).isLessThanOrEqualTo(ArticleExtractor.MAX_INPUT_CHARS);
    }

    @Test
    void is_thread_safe_and_deterministic() throws Exception {
        Extraction expected = extract("offensive-francaise-ia-109-milliards.html");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String name = i % 2 == 0 ? "offensive-francaise-ia-109-milliards.html" : "paris-capitale-mondiale-ia.html";
                results.add(pool.submit(() -> extract(name)));
            }
            for (int i = 0; i < 16; i += 2) {
                assertThat(results.get(i).get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_corpus_pages_name_their_people_and_organisations_with_aliases() {
        Extraction e = extract("offensive-europeenne-ia-macron-nvidia.html");

        assertThat(e.entities()).extracting(en -> en.name(), en -> en.type()).contains(
                tuple("Emmanuel Macron", io.veille.extractor.entity.EntityType.PERSON),
                tuple("Jensen Huang", io.veille.extractor.entity.EntityType.PERSON),
                tuple("Arthur Mensch", io.veille.extractor.entity.EntityType.PERSON),
                tuple("Nvidia", io.veille.extractor.entity.EntityType.ORG),
                tuple("Mistral AI", io.veille.extractor.entity.EntityType.ORG),
                tuple("Deutsche Telekom", io.veille.extractor.entity.EntityType.ORG),
                tuple("Europe", io.veille.extractor.entity.EntityType.LOC));
        assertThat(e.entities()).filteredOn(en -> en.name().equals("Mistral AI")).singleElement()
                .satisfies(en -> assertThat(en.aliases()).contains("Mistral"));
        assertThat(e.entities()).allSatisfy(en -> en.mentions().forEach(m ->
                assertThat(e.text().substring(m.start(), m.end())).isIn(concat(en.name(), en.aliases()))));
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(name);
        return all;
    }
}
