package io.veille.summary.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.veille.contracts.Digest;

/** Feeds written here and read back with Rome's parser: entries, ids, dates, content and links. */
class FeedWriterTest {

    private static final Instant OLDER = Instant.parse("2025-02-10T06:30:00Z");
    private static final Instant NEWER = Instant.parse("2025-02-10T08:00:00Z");

    private final Digest story = new Digest(Digest.SCHEMA_VERSION, "0b4c7a56-8d9e-3f1a-9b2c-1d2e3f4a5b6c", Digest.Kind.STORY, "s1", "fr",
            "Sommet sur l'IA", List.of(
                    new Digest.Item("Emmanuel Macron a annoncé 109 milliards d'euros <d'investissements> & plus.",
                            List.of(new Digest.Citation("a1", "https://www.example.fr/ia/a1", "example-fr"),
                                    new Digest.Citation("a2", null, "example-en")), List.of()),
                    new Digest.Item("Sources : example-fr (fr).", List.of(new Digest.Citation("a3", "javascript:alert(1)", "evil")), List.of())),
            "openai", "mistral-small-latest", "VERIFIED", NEWER, 2);
    private final Digest article = new Digest(Digest.SCHEMA_VERSION, "1c5d8b67-9e0f-3a2b-8c3d-2e3f4a5b6c7d", Digest.Kind.ARTICLE, "a1",
            "fr", "Un article", List.of(new Digest.Item("Une phrase.", List.of(), List.of())), "extractive", null, "VERIFIED", OLDER, 1);
    private final DigestFeed feed = new DigestFeed("urn:veille:feed:fr", "Veille — synthèses", "fr", "https://veille.example/feeds/fr.atom",
            "https://veille.example/api/v1/digests/%s", List.of(story, article));

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void a_feed_reads_back_with_an_entry_per_digest(FeedFormat format) throws Exception {
        SyndFeed parsed = parse(FeedWriter.write(feed, format, Map.of("a2", "https://news.example.com/ai/a2")));

        assertThat(parsed.getTitle()).isEqualTo("Veille — synthèses");
        assertThat(parsed.getEntries()).hasSize(2);
        SyndEntry first = parsed.getEntries().getFirst();
        assertThat(first.getUri()).isEqualTo("urn:uuid:" + story.id());
        assertThat(first.getTitle()).isEqualTo("Sommet sur l'IA");
        assertThat(first.getLink()).isEqualTo("https://veille.example/api/v1/digests/" + story.id());
        Date date = format == FeedFormat.ATOM ? first.getUpdatedDate() : first.getPublishedDate();
        assertThat(date.toInstant()).isEqualTo(NEWER);
        assertThat(first.getAuthor()).isEqualTo("openai (mistral-small-latest)");
        String html = first.getContents().getFirst().getValue();
        assertThat(html).contains("109 milliards d'euros &lt;d'investissements&gt; &amp; plus.")
                .contains("<a href=\"https://www.example.fr/ia/a1\">example-fr</a>")
                .contains("<a href=\"https://news.example.com/ai/a2\">example-en</a>")
                .doesNotContain("javascript:").contains("evil");
        assertThat(parsed.getEntries().get(1).getUri()).isEqualTo("urn:uuid:" + article.id());
        assertThat(parsed.getEntries().get(1).getAuthor()).isEqualTo("extractive");
    }

    @Test
    void the_etag_follows_the_ids_and_versions_listed_and_last_modified_the_newest_version() {
        DigestFeed reissued = new DigestFeed(feed.id(), feed.title(), "fr", feed.selfUrl(), feed.digestUrl(), List.of(
                new Digest(story.schemaVersion(), story.id(), story.kind(), story.subjectId(), story.lang(), story.title(), story.items(),
                        story.provider(), story.model(), story.status(), story.createdAt(), 3), article));

        assertThat(feed.etag(FeedFormat.ATOM))
                .isEqualTo(new DigestFeed(feed.id(), "another title", "fr", "x", "y", List.of(story, article)).etag(FeedFormat.ATOM))
                .hasSize(32).isNotEqualTo(reissued.etag(FeedFormat.ATOM)).isNotEqualTo(feed.etag(FeedFormat.RSS));
        assertThat(feed.lastModified()).contains(NEWER);
        assertThat(new DigestFeed("urn:veille:feed:en", "t", "en", "x", "y", List.of()).lastModified()).isEmpty();
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
