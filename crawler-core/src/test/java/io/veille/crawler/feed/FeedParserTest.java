package io.veille.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void rss_items_become_links_with_their_feed_metadata() throws FeedParseException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>Actualités</title><link>https://example.fr/</link><description>d</description>
                    <item>
                      <title>Sommet pour l'action sur l'IA : 109 milliards d'euros</title>
                      <link>https://example.fr/economie/ia.html?xtor=RSS-1</link>
                      <description>&lt;p&gt;Le président a annoncé &lt;b&gt;109 milliards&lt;/b&gt;.&lt;/p&gt;</description>
                      <pubDate>Sun, 09 Feb 2025 18:30:00 +0100</pubDate>
                      <dc:creator>Jeanne Martin</dc:creator>
                      <category>Économie</category><category>IA</category>
                    </item>
                    <item><title>Sans lien</title><description>rien</description></item>
                  </channel>
                </rss>
                """;
        List<FeedEntry> entries = parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        assertThat(entries).hasSize(1);
        FeedEntry entry = entries.getFirst();
        assertThat(entry.link()).isEqualTo("https://example.fr/economie/ia.html?xtor=RSS-1");
        assertThat(entry.item().title()).isEqualTo("Sommet pour l'action sur l'IA : 109 milliards d'euros");
        assertThat(entry.item().summary()).isEqualTo("Le président a annoncé 109 milliards.");
        assertThat(entry.item().published()).isEqualTo(Instant.parse("2025-02-09T17:30:00Z"));
        assertThat(entry.item().author()).isEqualTo("Jeanne Martin");
        assertThat(entry.item().categories()).containsExactly("Économie", "IA");
    }

    @Test
    void atom_entries_are_read_with_their_alternate_link() throws FeedParseException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>News</title><id>urn:x</id><updated>2025-02-10T08:00:00Z</updated>
                  <entry>
                    <title>Mistral AI and Nvidia partner</title>
                    <link rel="alternate" href="https://example.com/tech/mistral-nvidia"/>
                    <id>urn:uuid:1</id>
                    <published>2025-02-10T07:00:00Z</published><updated>2025-02-10T08:00:00Z</updated>
                    <author><name>John Doe</name></author>
                    <summary>A partnership.</summary>
                    <category term="tech"/>
                  </entry>
                </feed>
                """;
        List<FeedEntry> entries = parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml");

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.link()).isEqualTo("https://example.com/tech/mistral-nvidia");
            assertThat(entry.item().published()).isEqualTo(Instant.parse("2025-02-10T07:00:00Z"));
            assertThat(entry.item().author()).isEqualTo("John Doe");
            assertThat(entry.item().summary()).isEqualTo("A partnership.");
        });
    }

    @Test
    void a_feed_in_latin_9_is_decoded_from_its_declaration() throws FeedParseException {
        String rss = """
                <?xml version="1.0" encoding="ISO-8859-15"?>
                <rss version="2.0"><channel><title>t</title><link>https://e.fr/</link><description>d</description>
                <item><title>Prix en €, été</title><link>https://e.fr/a</link></item></channel></rss>
                """;
        List<FeedEntry> entries = parser.parse(rss.getBytes(Charset.forName("ISO-8859-15")), "text/xml");
        assertThat(entries.getFirst().item().title()).isEqualTo("Prix en €, été");
    }

    @Test
    void a_broken_feed_is_a_parse_error() {
        assertThatThrownBy(() -> parser.parse("<html><body>Not a feed".getBytes(StandardCharsets.UTF_8), "text/html"))
                .isInstanceOf(FeedParseException.class).hasMessageContaining("not a readable RSS or Atom feed");
        assertThatThrownBy(() -> parser.parse(new byte[0], null)).isInstanceOf(FeedParseException.class);
    }

    @Test
    void an_external_entity_is_never_resolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://e.fr/</link><description>d</description>
                <item><title>&xxe;</title><link>https://e.fr/a</link></item></channel></rss>
                """;
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), "application/rss+xml"))
                .isInstanceOf(FeedParseException.class)
                .message().doesNotContain("root:");
    }

    @Test
    void an_entity_expansion_bomb_is_refused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss version="2.0"><channel><title>&lol2;</title><link>https://e.fr/</link><description>d</description></channel></rss>
                """;
        assertThatThrownBy(() -> parser.parse(bomb.getBytes(StandardCharsets.UTF_8), "application/rss+xml"))
                .isInstanceOf(FeedParseException.class);
    }
}
