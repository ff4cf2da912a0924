package io.veille.extractor.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.contracts.FeedItem;
import io.veille.contracts.RawArticle;
import io.veille.contracts.UrlHash;
import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.entity.Mention;
import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.extraction.Page;
import io.veille.extractor.story.Fingerprints;

class ArticleAssemblerTest {

    private static final Fingerprints FINGERPRINTS = new Fingerprints(Duration.ofDays(90), Duration.ofDays(3));

    private static final Instant FEED_DATE = Instant.parse("2025-02-09T17:30:00Z");
    private final List<Page> seen = new ArrayList<>();

    @Test
    void the_snapshot_carries_the_fingerprint_story_matching_needs() {
        ArticleAssembler assembler = new ArticleAssembler(page -> extraction("Page title", "Macron annonce 109 milliards d'euros.", null),
                FINGERPRINTS, ArticleCaps.UNLIMITED);

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/b", "https://x.test/b", "<p>page</p>", "summary"));

        assertThat(snapshot.fingerprint()).isNotNull();
        assertThat(snapshot.fingerprint().articleId()).isEqualTo(UrlHash.of("https://x.test/b"));
        assertThat(snapshot.fingerprint().publishedAt()).isEqualTo(FEED_DATE);
        assertThat(snapshot.fingerprint().features()).contains("money:109000000000 EUR");
    }

    @Test
    void a_range_fact_keeps_its_upper_bound_and_the_page_media_reach_the_snapshot() {
        String text = "Un coût entre 10 et 20 milliards d'euros.";
        Fact range = Fact.moneyRange("entre 10 et 20 milliards d'euros", 8, 40, new BigDecimal("10000000000"),
                new BigDecimal("20000000000"), "EUR", null);
        Instant modified = Instant.parse("2025-03-02T09:30:00Z");
        ArticleAssembler assembler = new ArticleAssembler(page -> new Extraction("EPR2", null, null, null, "fr", FEED_DATE, text,
                List.of(), List.of(range), "https://x.test/epr2.jpg", "Économie", modified), FINGERPRINTS, ArticleCaps.UNLIMITED);

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/r", "https://x.test/r", "<p>page</p>", null));

        assertThat(snapshot.article().facts()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("10000000000");
            assertThat(f.valueEnd()).isEqualByComparingTo("20000000000");
        });
        assertThat(snapshot.media()).isEqualTo(new ExtractedArticle.Media("https://x.test/epr2.jpg", "Économie", modified));
    }

    @Test
    void the_article_id_is_the_hash_of_the_canonical_url_and_its_own_story() {
        ArticleAssembler assembler = new ArticleAssembler(page -> {
            seen.add(page);
            return extraction("Page title", "Macron annonce 109 milliards d'euros.", null);
        }, FINGERPRINTS, ArticleCaps.UNLIMITED);

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/a?utm=1", "https://x.test/a", "<p>page</p>", "summary"));

        String id = UrlHash.of("https://x.test/a");
        assertThat(snapshot.article().articleId()).isEqualTo(id);
        assertThat(snapshot.article().storyId()).isEqualTo(id);
        assertThat(snapshot.canonicalUrl()).isEqualTo("https://x.test/a");
        assertThat(snapshot.article().url()).isEqualTo("https://x.test/a?utm=1");
        assertThat(snapshot.article().title()).isEqualTo("Page title");
        assertThat(snapshot.article().publishedAt()).isEqualTo(FEED_DATE);
        assertThat(snapshot.article().facts()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FactType.MONEY);
            assertThat(f.value()).isEqualByComparingTo("109000000000");
        });
        assertThat(snapshot.article().entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("PERSON");
            assertThat(e.mentions()).extracting(m -> m.start()).containsExactly(0);
        });
        assertThat(seen).singleElement().satisfies(p -> {
            assertThat(p.url()).isEqualTo("https://x.test/a?utm=1");
            assertThat(p.languageHint()).isEqualTo("fr");
            assertThat(p.publishedHint()).isEqualTo(FEED_DATE);
        });
    }

    @Test
    void a_page_without_text_falls_back_on_the_feed_title_and_summary() {
        ArticleAssembler assembler = new ArticleAssembler(page -> {
            seen.add(page);
            return page.html().equals("Le résumé du flux.")
                    ? extraction(null, "Le résumé du flux.", "fr")
                    : extraction(null, "", null);
        }, FINGERPRINTS, ArticleCaps.UNLIMITED);

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/b", null, "<script>app()</script>", "Le résumé du flux."));

        assertThat(snapshot.article().text()).isEqualTo("Le résumé du flux.");
        assertThat(snapshot.article().title()).isEqualTo("Feed title");
        assertThat(snapshot.article().lang()).isEqualTo("fr");
        assertThat(snapshot.canonicalUrl()).isEqualTo("https://x.test/b");
        assertThat(seen).hasSize(2);
    }

    @Test
    void nul_bytes_never_reach_the_extractor_and_the_article_is_kept() {
        ArticleAssembler assembler = new ArticleAssembler(page -> {
            seen.add(page);
            return extraction("Page title", "Macron annonce 109 milliards d'euros.", null);
        }, FINGERPRINTS, ArticleCaps.UNLIMITED);

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/nul", null, "<p>pa\u0000ge\u0007\t</p>", "r\u0000ésumé"));

        assertThat(seen).extracting(Page::html).containsExactly("<p>page\t</p>");
        assertThat(snapshot.article().text()).isEqualTo("Macron annonce 109 milliards d'euros.");
    }

    @Test
    void a_text_longer_than_the_cap_is_cut_and_the_event_says_so() {
        ArticleAssembler assembler = new ArticleAssembler(page -> extraction("Page title", "Macron annonce 109 milliards d'euros.", null),
                FINGERPRINTS, new ArticleCaps(20, 10, 10));

        ArticleSnapshot snapshot = assembler.assemble(raw("https://x.test/long", null, "<p>page</p>", null));

        assertThat(snapshot.article().text()).isEqualTo("Macron annonce 109 m");
        assertThat(snapshot.article().facts()).isEmpty();
        assertThat(snapshot.article().entities()).extracting(e -> e.name()).containsExactly("Emmanuel Macron");
        assertThat(snapshot.article().truncation()).isEqualTo(new ExtractedArticle.Truncation(37, 0, 1));
    }

    @Test
    void a_raw_article_without_url_is_refused() {
        ArticleAssembler assembler = new ArticleAssembler(page -> extraction(null, "", null), FINGERPRINTS, ArticleCaps.UNLIMITED);

        assertThatThrownBy(() -> assembler.assemble(raw(null, null, "<p>x</p>", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without url");
    }

    private static RawArticle raw(String url, String canonical, String html, String summary) {
        return new RawArticle(1, url, canonical, "src", "fr",
                new FeedItem("Feed title", summary, FEED_DATE, null, List.of()),
                FEED_DATE, 200, "text/html", "utf-8", html, false);
    }

    private static Extraction extraction(String title, String text, String lang) {
        boolean hasFact = text.contains("109");
        return new Extraction(title, null, null, null, lang, null, text,
                hasFact ? List.of(new Entity("Emmanuel Macron", EntityType.PERSON, List.of("Macron"), List.of(new Mention(0, 6))))
                        : List.of(),
                hasFact ? List.of(Fact.money("109 milliards d'euros", 16, 37, new BigDecimal("1.09E+11"), "EUR", null))
                        : List.of());
    }
}
