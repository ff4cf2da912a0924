package io.veille.extractor.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtrasTest {

    private static final String URL = "https://www.exemple.fr/economie/2025/02/10/plan-ia";

    private final MetadataExtractor metadata =
            new MetadataExtractor(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));

    private PageMetadata read(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "<p>Texte.</p></body></html>";
        return metadata.read(Jsoup.parse(html, URL), URL, null);
    }

    @Test
    void the_image_comes_from_open_graph_first_and_is_made_absolute() {
        PageMetadata m = read("<meta property='og:image' content='/img/plan.jpg'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"image\":\"https://cdn.exemple.fr/other.jpg\"}</script>", "");

        assertThat(m.image()).isEqualTo("https://www.exemple.fr/img/plan.jpg");
    }

    @Test
    void the_image_falls_back_to_json_ld_objects_and_arrays() {
        PageMetadata object = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.exemple.fr/a.jpg\",\"width\":1200}}</script>", "");
        PageMetadata array = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"image\":[\"https://cdn.exemple.fr/b-16x9.jpg\",\"https://cdn.exemple.fr/b-4x3.jpg\"]}</script>", "");

        assertThat(object.image()).isEqualTo("https://cdn.exemple.fr/a.jpg");
        assertThat(array.image()).isEqualTo("https://cdn.exemple.fr/b-16x9.jpg");
    }

    @Test
    void a_page_without_an_image_has_none() {
        assertThat(read("<title>Plan IA</title>", "").image()).isNull();
    }

    @Test
    void the_section_comes_from_article_section_then_json_ld_then_the_breadcrumb() {
        PageMetadata meta = read("<meta property='article:section' content='Économie'>", "");
        PageMetadata ld = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"articleSection\":[\"Tech\",\"Économie\"]}</script>", "");
        PageMetadata ldCrumbs = read("<meta property='og:title' content='Le plan IA'>"
                + "<script type='application/ld+json'>[{\"@type\":\"NewsArticle\",\"headline\":\"Le plan IA\"},"
                + "{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Accueil\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Sciences\"},{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Le plan IA\"}]}]</script>", "");
        PageMetadata htmlCrumbs = read("<title>Le plan IA</title>",
                "<nav aria-label='breadcrumb'><a href='/'>Home</a> › <a href='/politique'>Politique</a></nav><h1>Le plan IA</h1>");

        assertThat(meta.section()).isEqualTo("Économie");
        assertThat(ld.section()).isEqualTo("Tech");
        assertThat(ldCrumbs.section()).isEqualTo("Sciences");
        assertThat(htmlCrumbs.section()).isEqualTo("Politique");
    }

    @Test
    void the_modified_date_is_kept_apart_and_the_original_date_stays_the_publication_date() {
        PageMetadata m = read("<meta property='article:published_time' content='2025-02-10T08:00:00Z'>"
                + "<meta property='article:modified_time' content='2025-02-11T09:30:00Z'>", "");

        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2025-02-10T08:00:00Z"));
        assertThat(m.modifiedAt()).isEqualTo(Instant.parse("2025-02-11T09:30:00Z"));
    }

    @Test
    void a_modified_date_in_the_future_is_rejected() {
        PageMetadata m = read("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2025-02-10\",\"dateModified\":\"2031-01-01T00:00:00Z\"}</script>", "");

        assertThat(m.modifiedAt()).isNull();
        assertThat(m.publishedAt()).isEqualTo(Instant.parse("2025-02-10T00:00:00Z"));
    }

    @Test
    void the_site_name_falls_back_to_the_json_ld_website_then_the_host() {
        PageMetadata website = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Le Quotidien\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Plan\"}]}</script>", "");
        PageMetadata host = read("<title>Plan</title>", "");

        assertThat(website.siteName()).isEqualTo("Le Quotidien");
        assertThat(host.siteName()).isEqualTo("exemple.fr");
    }
}
