package io.veille.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

    private final MetadataExtractor metadata =
            new MetadataExtractor(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));

    private PageMetadata read(String html, String url) {
        return metadata.read(Jsoup.parse(html, url == null ? "" : url), url, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2025-02-09T18:30:00+01:00|2025-02-09T17:30:00Z",
        "2025-02-09T18:30:00+0100|2025-02-09T17:30:00Z",
        "2025-02-09 18:30:00|2025-02-09T18:30:00Z",
        "2025-02-09T18:30:00Z|2025-02-09T18:30:00Z",
        "2025-02-09|2025-02-09T00:00:00Z",
        "Sun, 09 Feb 2025 18:30:00 GMT|2025-02-09T18:30:00Z",
        "hier soir|null",
    })
    void reads_metadata_timestamps(String written, Instant expected) {
        assertThat(Timestamps.parse(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "https://example.com/2025/02/10/sommet-ia|2025-02-10T00:00:00Z",
        "https://www.dailyledger.co.uk/culture/2025/feb/06/regional-museums|2025-02-06T00:00:00Z",
        "https://www.filinfopro.fr/depeches/eco/airbus-livraisons-20250220|2025-02-20T00:00:00Z",
        "https://example.com/articles/sommet-ia.html|null",
        "https://example.com/2025/13/45/nope|null",
    })
    void reads_dates_in_urls(String url, Instant expected) {
        assertThat(Timestamps.fromUrl(url)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "Un titre | Le Site;Le Site;Un titre",
        "Le Site - Un titre;Le Site;Un titre",
        "Un titre – Le Site;Le Site;Un titre",
        "Paris, capitale mondiale de l'IA : l'Europe veut jouer;Communicare;Paris, capitale mondiale de l'IA : l'Europe veut jouer",
        "Grève - les contrôleurs aériens arrêtent le travail pour trois jours - Fil Info;null;Grève - les contrôleurs aériens arrêtent le travail pour trois jours",
    })
    void drops_the_site_name_from_titles(String title, String site, String expected) {
        assertThat(Titles.clean(title, site, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) -> {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "東京で大雪、交通に乱れ：毎日新聞;毎日新聞;mainichi.jp;東京で大雪、交通に乱れ",
        "東京で大雪、交通に乱れ｜毎日新聞;毎日新聞;mainichi.jp;東京で大雪、交通に乱れ",
        "Wahl in Sachsen: Was wir wissen – DW – 02.09.2024;Deutsche Welle;www.dw.com;Wahl in Sachsen: Was wir wissen",
        "Steuerreform beschlossen | Süddeutsche Zeitung;sueddeutsche.de;www.sueddeutsche.de;Steuerreform beschlossen",
        "Seçim sonuçları açıklandı | Habertürk Haber;null;www.haberturk.com.tr;Seçim sonuçları açıklandı",
        "Wahl - Sandwich-Politik der Union;null;www.dw.com;Wahl - Sandwich-Politik der Union",
    })
    void drops_the_site_name_told_by_the_host_and_a_trailing_date(String title, String site, String host, String expected) {
        assertThat(Titles.clean(title, site, host)).isEqualTo(expected);
    }

    @Test
    void og_title_wins_over_h1_and_title_and_json_ld_author_is_the_byline() {
        PageMetadata m = read("""
                <html lang="fr-FR"><head><title>Titre long | Site</title>
                <meta property="og:title" content="Titre OG">
                <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Léa Martin"},
                "publisher":{"name":"Le Site"}}</script></head>
                <body><h1>Titre H1</h1></body></html>""", "https://example.com/a");

        assertThat(m.title()).isEqualTo("Titre OG");
        assertThat(m.byline()).isEqualTo("Léa Martin");
        assertThat(m.siteName()).isEqualTo("Le Site");
        assertThat(m.lang()).isEqualTo("fr");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.com/a");
    }

    @Test
    void a_relative_canonical_link_resolves_against_the_page_url() {
        PageMetadata m = read("<html><head><link rel=\"canonical\" href=\"/articles/x.html\"></head><body></body></html>",
                "http://127.0.0.1:4000/feed/x.html?utm_source=rss");
        assertThat(m.canonicalUrl()).isEqualTo("http://127.0.0.1:4000/articles/x.html");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<p class=\"meta\">Publié le 14/03/2025 à 10h32 Modifié le 15/03/2025 à 07h15</p>|2025-03-14T00:00:00Z",
        "<p>Publié le 31 janvier 2025 à 18h20</p>|2025-01-31T00:00:00Z",
        "<p>First published on 3 March 2025</p>|2025-03-03T00:00:00Z",
        "<p>TOULOUSE, 20 févr. 2025 (AFP) - Airbus a annoncé jeudi un bénéfice.</p>|2025-02-20T00:00:00Z",
    })
    void a_printed_publication_date_is_read_when_no_metadata_has_one(String body, Instant expected) {
        assertThat(read("<html><body>" + body + "</body></html>", null).publishedAt()).isEqualTo(expected);
    }

    @Test
    void the_original_date_is_preferred_to_the_modified_one() {
        PageMetadata m = read("""
                <html><head><meta property="article:modified_time" content="2025-03-01T10:00:00Z">
                <meta property="article:published_time" content="2025-02-10T10:00:00Z"></head><body></body></html>""", null);
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2025-02-10T10:00:00Z"));
    }

    @Test
    void an_author_given_by_reference_is_looked_up_in_the_page_graph() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "NewsArticle", "headline": "Un titre", "author": {"@id": "https://example.org/#/schema/person/42"}},
                  {"@type": "Person", "@id": "https://example.org/#/schema/person/42", "name": "Camille Martin"}]}
                </script></head><body></body></html>""";
        assertThat(read(html, "https://example.org/a").byline()).isEqualTo("Camille Martin");
    }

    @Test
    void a_person_wins_over_the_site_credited_as_author_and_the_site_stays_the_last_resort() {
        String credited = """
                <html><head><meta property="og:site_name" content="La Gazette du Nord">
                <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "La Gazette du Nord"}}</script>
                <meta name="author" content="Jeanne Dupont"></head><body></body></html>""";
        assertThat(read(credited, "https://www.gazettedunord.fr/a").byline()).isEqualTo("Jeanne Dupont");
        String onlyTheSite = """
                <html><head><meta property="og:site_name" content="La Gazette du Nord">
                <meta name="author" content="La Gazette du Nord"></head><body></body></html>""";
        assertThat(read(onlyTheSite, "https://www.gazettedunord.fr/a").byline()).isEqualTo("La Gazette du Nord");
    }

    @Test
    void a_byline_is_read_from_an_author_link_and_never_from_a_photo_credit_or_initials() {
        String linked = """
                <html><body><article><h1>Un titre</h1><p class="meta-author">Foto: AFP</p>
                <a href="/autor/jeanne-dupont">Von Jeanne Dupont</a><p>Texte.</p></article></body></html>""";
        assertThat(read(linked, "https://www.example.de/a").byline()).isEqualTo("Jeanne Dupont");
        String initials = """
                <html><body><article><span class="article-author">jd</span><p>Texte.</p></article></body></html>""";
        assertThat(read(initials, "https://www.example.de/a").byline()).isNull();
    }
}
