package io.veille.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    @Test
    void scheme_and_host_are_lower_cased_and_default_ports_and_fragments_dropped() {
        assertThat(canonicalizer.canonicalize("HTTPS://WWW.LeMonde.FR:443/economie/article.html#comments"))
                .contains("https://www.lemonde.fr/economie/article.html");
        assertThat(canonicalizer.canonicalize("http://example.com:80")).contains("http://example.com/");
        assertThat(canonicalizer.canonicalize("http://example.com:8080/a")).contains("http://example.com:8080/a");
    }

    @Test
    void tracking_parameters_are_removed_and_the_rest_sorted() {
        assertThat(canonicalizer.canonicalize(
                "https://example.com/a?utm_source=rss&b=2&xtor=RSS-3208&a=1&fbclid=x&gclid=y&UTM_Medium=z"))
                .contains("https://example.com/a?a=1&b=2");
        assertThat(canonicalizer.canonicalize("https://example.com/a?utm_source=rss")).contains("https://example.com/a");
    }

    @Test
    void relative_links_resolve_against_the_feed_and_dot_segments_collapse() {
        URI feed = URI.create("https://example.com/rss/une.xml");
        assertThat(canonicalizer.canonicalize(feed, "../articles/./2025/02/ia.html"))
                .contains("https://example.com/articles/2025/02/ia.html");
        assertThat(canonicalizer.canonicalize(feed, "/a")).contains("https://example.com/a");
    }

    @Test
    void non_http_links_have_no_canonical_form() {
        assertThat(canonicalizer.canonicalize("mailto:redaction@example.com")).isEmpty();
        assertThat(canonicalizer.canonicalize("javascript:alert(1)")).isEmpty();
        assertThat(canonicalizer.canonicalize("ftp://example.com/file")).isEmpty();
        assertThat(canonicalizer.canonicalize("not a url at all")).isEmpty();
        assertThat(canonicalizer.canonicalize(" ")).isEmpty();
    }

    @Test
    void the_pages_rel_canonical_wins_on_the_same_site_only() {
        URI page = URI.create("https://www.example.com/a?page=2");
        assertThat(canonicalizer.preferPageCanonical("https://www.example.com/a?page=2", page, "https://example.com/a"))
                .isEqualTo("https://example.com/a");
        assertThat(canonicalizer.preferPageCanonical("https://www.example.com/a?page=2", page, "/a"))
                .isEqualTo("https://www.example.com/a");
        assertThat(canonicalizer.preferPageCanonical("https://www.example.com/a?page=2", page, "https://evil.example.org/a"))
                .isEqualTo("https://www.example.com/a?page=2");
        assertThat(canonicalizer.preferPageCanonical("https://www.example.com/a", page, null))
                .isEqualTo("https://www.example.com/a");
    }
}
