package io.veille.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class JsonFeedParserTest {

    private final JsonFeedParser parser = new JsonFeedParser();

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void each_wrong_type_is_named_by_its_path() {
        String v = "\"version\": \"https://jsonfeed.org/version/1.1\"";
        assertThatThrownBy(() -> parser.parse(json("[1]"))).hasMessage("not a valid JSON Feed: the document must be a JSON object, not an array");
        assertThatThrownBy(() -> parser.parse(json("{\"items\": []}"))).hasMessageContaining("version must be");
        assertThatThrownBy(() -> parser.parse(json("{" + v + ", \"items\": {}}"))).hasMessageEndingWith("items must be an array, not an object");
        assertThatThrownBy(() -> parser.parse(json("{" + v + ", \"items\": [\"x\"]}"))).hasMessageEndingWith("items[0] must be an object, not a string");
        assertThatThrownBy(() -> parser.parse(json("{" + v + ", \"items\": [{\"url\": \"https://a.example/1\", \"tags\": [1]}]}")))
                .hasMessageEndingWith("items[0].tags[0] must be a string, not a number");
        assertThatThrownBy(() -> parser.parse(json("{" + v + ", \"items\": [{\"url\": \"https://a.example/1\", \"date_published\": \"yesterday\"}]}")))
                .hasMessageContaining("items[0].date_published must be an RFC 3339 date");
        assertThatThrownBy(() -> parser.parse(json("{" + v + ", \"items\": [{\"title\": true}]}")))
                .hasMessageEndingWith("items[0].title must be a string, not a boolean");
        assertThatThrownBy(() -> parser.parse(json("{\"items\": [" + "[".repeat(5000) + "]}")))
                .isInstanceOf(FeedParseException.class).hasMessageStartingWith("not a JSON Feed");
    }

    @Test
    void an_item_without_a_url_is_left_out_and_json_feed_1_0_authors_are_read() throws Exception {
        var entries = parser.parse(json("""
                {"version": "https://jsonfeed.org/version/1", "author": {"name": "Old Style"},
                 "items": [{"id": "no-link", "title": "x"}, {"id": 7, "external_url": "https://a.example/ext"}]}"""));
        assertThat(entries).extracting(FeedEntry::link).containsExactly("https://a.example/ext");
        assertThat(entries.getFirst().item().author()).isEqualTo("Old Style");
    }
}
