package io.veille.extractor.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The golden set itself is sound: every expectation is read from its page, so the gate judges the extractor, not typos. */
class GoldenSetIntegrityTest {

    private final List<GoldenPage> pages = GoldenPage.loadAll(Golden.dir());

    @Test
    void there_are_at_least_forty_pages_in_french_english_and_other_scripts() {
        Map<String, Long> byLang = pages.stream().collect(Collectors.groupingBy(GoldenPage::lang, Collectors.counting()));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
        assertThat(byLang.get("fr")).isGreaterThanOrEqualTo(18);
        assertThat(byLang.get("en")).isGreaterThanOrEqualTo(18);
        assertThat(byLang).containsKeys("ru", "ja");
    }

    @Test
    void every_expected_paragraph_is_on_its_page_word_for_word() {
        for (GoldenPage page : pages) {
            Document doc = Jsoup.parse(page.html());
            String visible = PageEvaluation.normalise(doc.body().text());
            String structured = PageEvaluation.normalise(doc.select("script[type=application/ld+json]").html());
            for (String paragraph : page.body().split("\n\n")) {
                for (String piece : paragraph.split(" \\| ")) {
                    String p = PageEvaluation.normalise(piece);
                    assertThat(visible.contains(p) || structured.contains(p))
                            .as("%s: paragraph not on the page: %s", page.name(), p).isTrue();
                }
            }
            assertThat(PageEvaluation.normalise(doc.select("h1").text())).as(page.name()).isEqualTo(page.title());
        }
    }

    @Test
    void snippets_are_in_the_body_and_furniture_is_on_the_page_but_not_in_the_body() {
        for (GoldenPage page : pages) {
            String body = PageEvaluation.normalise(page.body());
            String html = PageEvaluation.normalise(Jsoup.parse(page.html()).text());
            assertThat(page.mustContain()).as(page.name()).hasSizeBetween(3, 5)
                    .allSatisfy(s -> assertThat(body).contains(PageEvaluation.normalise(s)));
            assertThat(page.mustNotContain()).as(page.name()).hasSizeBetween(3, 5).allSatisfy(s -> {
                assertThat(html).contains(PageEvaluation.normalise(s));
                assertThat(body).doesNotContain(PageEvaluation.normalise(s));
            });
        }
    }

    @Test
    void every_fact_is_read_from_the_body_and_money_carries_value_and_currency() {
        for (GoldenPage page : pages) {
            assertThat(page.facts()).as(page.name()).allSatisfy(f -> {
                assertThat(page.body()).contains(f.text());
                if (f.type().equals("MONEY")) {
                    assertThat(f.value()).isPositive();
                    assertThat(f.currency()).matches("[A-Z]{3}");
                }
            });
        }
    }

    @Test
    void fixtures_number_at_least_sixty_with_hard_negatives_and_spans_inside_their_sentences() {
        List<FactFixture> rows = FactFixture.load(Golden.dir().resolve("fact-fixtures.tsv"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().filter(FactFixture::negative)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).allSatisfy(r -> assertThat(r.sentence()).contains(r.span()));
    }
}
