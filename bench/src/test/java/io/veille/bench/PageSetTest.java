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
        assertThat(set.pages()).allMatch(p -> p.bytes() > 0);
        assertThat(set.totalBytes()).isEqualTo(set.pages().stream().mapToLong(PageSet.BenchPage::bytes).sum());
    }

    @Test
    void golden_pages_carry_the_url_they_were_published_at() {
        assertThat(PageSet.load().pages()).filteredOn(p -> p.file().toString().contains("golden"))
                .allMatch(p -> p.url() != null && p.url().startsWith("http"));
    }
}
