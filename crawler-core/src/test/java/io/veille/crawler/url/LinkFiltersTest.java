package io.veille.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class LinkFiltersTest {

    private final URI page = URI.create("https://www.news.example/politique/");
    private final LinkFilter chain = LinkFilters.chain(List.of("same-site", "article-like"), List.of("/live/"));

    @Test
    void article_links_of_the_same_site_pass_and_the_rest_is_dropped() {
        assertThat(chain.filter(page, "https://news.example/politique/2025/02/09/le-sommet")).isNotNull();
        assertThat(chain.filter(page, "https://www.news.example/article/123456")).isNotNull();
        assertThat(chain.filter(page, "https://www.news.example/politique/le-budget-vote-a-l-assemblee")).isNotNull();

        assertThat(chain.filter(page, "https://other.example/politique/le-budget-vote-a-l-assemblee")).as("other site").isNull();
        assertThat(chain.filter(page, "https://www.news.example/")).as("home").isNull();
        assertThat(chain.filter(page, "https://www.news.example/politique/")).as("the section itself").isNull();
        assertThat(chain.filter(page, "https://www.news.example/tag/le-budget-vote-a-l-assemblee")).as("tag page").isNull();
        assertThat(chain.filter(page, "https://www.news.example/auteur/jean-pierre-de-la-fontaine")).as("author page").isNull();
        assertThat(chain.filter(page, "https://www.news.example/media/2025/02/09/photo.jpg")).as("file").isNull();
        assertThat(chain.filter(page, "https://www.news.example/live/2025/02/09/le-direct")).as("denied").isNull();
        assertThat(chain.filter(page, "https://www.news.example/economie")).as("a section, one word").isNull();
    }
}
