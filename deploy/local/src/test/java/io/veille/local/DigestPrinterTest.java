package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.veille.contracts.Digest;
import org.junit.jupiter.api.Test;

class DigestPrinterTest {

    @Test
    void a_digest_prints_its_language_kind_title_items_and_sources() {
        Digest digest = new Digest(Digest.SCHEMA_VERSION, "d1", Digest.Kind.ARTICLE, "a1", "en",
                "France announces a €109 bn AI plan",
                List.of(new Digest.Item("Emmanuel Macron announced €109 billion of investment.",
                        List.of(new Digest.Citation("a1", "http://127.0.0.1:1234/articles/x.html", "demo")), List.of("f1"))),
                "extractive", null, "VERIFIED", Instant.parse("2026-11-23T10:00:00Z"), 1);

        String text = DigestPrinter.format(digest);

        assertThat(text).contains("[en] ARTICLE digest v1 · extractive · VERIFIED",
                "France announces a €109 bn AI plan",
                "• Emmanuel Macron announced €109 billion of investment.",
                "↳ http://127.0.0.1:1234/articles/x.html (demo)");
    }

    @Test
    void the_demo_sources_file_points_the_crawler_at_the_demo_feed_with_loopback_allowed() {
        String yaml = Stack.demoSources("http://127.0.0.1:4321/feed.xml");

        assertThat(yaml).contains("id: demo", "feed: http://127.0.0.1:4321/feed.xml", "language: fr",
                "poll-interval: 10s", "allow-private: true");
    }
}
