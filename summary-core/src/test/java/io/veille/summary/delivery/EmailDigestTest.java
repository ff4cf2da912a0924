package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.veille.contracts.Digest;

class EmailDigestTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant FROM = Instant.parse("2026-12-02T07:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-03T07:00:00Z");
    private static final String UNSUBSCRIBE = "https://veille.example/unsubscribe/s1?token=abc";

    private static Digest digest(Digest.Kind kind, String subject, String title, String createdAt, Digest.Item... items) {
        return new Digest(1, kind + "-" + subject, kind, subject, "en", title, List.of(items), "extractive", "none", "VERIFIED",
                Instant.parse(createdAt), 1);
    }

    private static Digest.Item item(String text, String articleId, String url) {
        return new Digest.Item(text, List.of(new Digest.Citation(articleId, url, "src")), List.of());
    }

    private static EmailDigestRequest request(String lang, List<EmailEntry> entries, Map<String, String> titles) {
        return new EmailDigestRequest(lang, PARIS, "Artificial intelligence", FROM, TO, entries, titles, UNSUBSCRIBE);
    }

    @Test
    void an_empty_window_makes_no_email() {
        assertThat(EmailDigest.compose(request("en", List.of(), Map.of()))).isEmpty();
    }

    @Test
    void an_english_email_has_the_day_in_the_subscribers_zone_each_digest_its_citations_and_the_unsubscribe_link() {
        Digest article = digest(Digest.Kind.ARTICLE, "a1", "Summit in Paris", "2026-12-02T10:00:00Z",
                item("Leaders met in Paris.", "a1", "https://news.example/a1"));

        EmailDigest email = EmailDigest.compose(request("en", List.of(new EmailEntry(article, null)),
                Map.of("a1", "AI summit opens"))).orElseThrow();

        assertThat(email.subject()).isEqualTo("Your digest for December 3, 2026 — Artificial intelligence");
        assertThat(email.digests()).isEqualTo(1);
        assertThat(email.text()).contains("== Summit in Paris ==", "- Leaders met in Paris.", "Sources:",
                "* AI summit opens <https://news.example/a1>", "Unsubscribe: " + UNSUBSCRIBE, "(Europe/Paris)", "8:00");
        assertThat(email.html()).contains("<html lang=\"en\">", "<h2>Summit in Paris</h2>", "<li>Leaders met in Paris.</li>",
                "<a href=\"https://news.example/a1\">AI summit opens</a>", "<a href=\"" + UNSUBSCRIBE + "\">Unsubscribe</a>");
    }

    @Test
    void a_french_email_speaks_french_with_french_dates() {
        Digest article = digest(Digest.Kind.ARTICLE, "a1", "Sommet à Paris", "2026-12-02T10:00:00Z",
                item("Les dirigeants se sont réunis.", "a1", "https://news.example/a1"));

        EmailDigest email = EmailDigest.compose(new EmailDigestRequest("fr", PARIS, "Intelligence artificielle", FROM, TO,
                List.of(new EmailEntry(article, null)), Map.of(), UNSUBSCRIBE)).orElseThrow();

        assertThat(email.subject()).isEqualTo("Votre veille du 3 décembre 2026 — Intelligence artificielle");
        assertThat(email.text()).contains("Du 2 déc. 2026", "08:00", "Sources :", "* https://news.example/a1 <https://news.example/a1>",
                "Se désabonner : " + UNSUBSCRIBE, "abonné à la veille « Intelligence artificielle »");
        assertThat(email.html()).contains("<html lang=\"fr\">", "Se désabonner</a>");
    }

    @Test
    void untrusted_digest_text_titles_and_addresses_are_escaped_in_html() {
        Digest hostile = digest(Digest.Kind.ARTICLE, "a1", "<script>alert(1)</script>", "2026-12-02T10:00:00Z",
                item("Tom & \"Jerry\" <b>bold</b> it's", "a1", "javascript:alert(1)"),
                item("Second", "a2", "https://news.example/?q=\"><img src=x>"));

        EmailDigest email = EmailDigest.compose(request("en", List.of(new EmailEntry(hostile, null)),
                Map.of("a2", "<i>title</i>"))).orElseThrow();

        assertThat(email.html()).doesNotContain("<script>", "<b>", "<img", "<i>", "href=\"javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tom &amp; &quot;Jerry&quot; &lt;b&gt;bold&lt;/b&gt; it&#39;s",
                        "javascript:alert(1) (javascript:alert(1))",
                        "<a href=\"https://news.example/?q=&quot;&gt;&lt;img src=x&gt;\">&lt;i&gt;title&lt;/i&gt;</a>");
        assertThat(email.text()).contains("== <script>alert(1)</script> ==");
    }

    @Test
    void a_label_with_a_newline_cannot_add_a_header_to_the_subject() {
        Digest article = digest(Digest.Kind.ARTICLE, "a1", "T", "2026-12-02T10:00:00Z", item("x", "a1", "https://n.example/1"));

        EmailDigest email = EmailDigest.compose(new EmailDigestRequest("en", PARIS, "AI\r\nBcc: victim@example.com", FROM, TO,
                List.of(new EmailEntry(article, null)), Map.of(), UNSUBSCRIBE)).orElseThrow();

        assertThat(email.subject()).doesNotContain("\r", "\n").endsWith("AI Bcc: victim@example.com");
    }

    @Test
    void periods_come_first_then_stories_then_articles_no_listed_story_covers() {
        Digest lone = digest(Digest.Kind.ARTICLE, "lone", "Lone article", "2026-12-02T12:00:00Z", item("l", "lone", "https://n.example/l"));
        Digest inStory = digest(Digest.Kind.ARTICLE, "member", "Member article", "2026-12-02T13:00:00Z",
                item("m", "member", "https://n.example/m"));
        Digest cited = digest(Digest.Kind.ARTICLE, "cited", "Cited article", "2026-12-02T13:30:00Z",
                item("c", "cited", "https://n.example/c"));
        Digest olderStory = digest(Digest.Kind.STORY, "s1", "Older story", "2026-12-02T09:00:00Z", item("s", "member", "https://n.example/m"));
        Digest newerStory = digest(Digest.Kind.STORY, "s2", "Newer story", "2026-12-02T14:00:00Z", item("s", "cited", "https://n.example/c"));
        Digest today = digest(Digest.Kind.PERIOD, "2026-12-03", "Today", "2026-12-03T06:00:00Z", item("p", "lone", "https://n.example/l"));
        Digest yesterday = digest(Digest.Kind.PERIOD, "2026-12-02", "Yesterday", "2026-12-03T06:30:00Z",
                item("p", "lone", "https://n.example/l"));

        EmailDigest email = EmailDigest.compose(request("en", List.of(new EmailEntry(lone, null), new EmailEntry(inStory, "s1"),
                new EmailEntry(cited, "other"), new EmailEntry(olderStory, null), new EmailEntry(today, null),
                new EmailEntry(newerStory, null), new EmailEntry(yesterday, null)), Map.of())).orElseThrow();

        assertThat(email.digests()).isEqualTo(5);
        assertThat(email.text().lines().filter(l -> l.startsWith("== ")))
                .containsExactly("== Yesterday ==", "== Today ==", "== Newer story ==", "== Older story ==", "== Lone article ==");
    }
}
