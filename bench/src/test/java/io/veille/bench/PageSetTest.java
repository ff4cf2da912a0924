package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSetTest {

    @Test
    void the_page_set_holds_the_golden_pages_and_the_demo_articles() {
        PageSet set = PageSet.load();

        assertThat(set.pages()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(set.pages()).anyMatch(p -> p.file().toString().contains("golden"))
                .anyMatch(p -> p.file().toString().contains("demo"));
        assertThat(set.totalBytes()).isEqualTo(set.pages().stream().mapToLong(PageSet.BenchPage::bytes).sum());
    }

    @Test
    void every_page_of_the_set_extracts_on_the_benchmark_classpath() {
        // Catches a domain dependency missing from the benchmark's classpath before anyone runs JMH.
        assertThat(ExtractedText.of(PageSet.load())).hasSizeGreaterThanOrEqualTo(40);
    }
}
