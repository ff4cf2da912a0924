package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetsTest {

    @Test
    void the_content_type_header_wins() {
        byte[] page = "<meta charset=\"utf-8\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(Charsets.detect("text/html; charset=ISO-8859-15", page)).isEqualTo(Charset.forName("ISO-8859-15"));
    }

    @Test
    void without_a_header_the_meta_declaration_is_used() {
        byte[] page = "<html><head><META http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(Charsets.detect("text/html", page)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(Charsets.detect(null, "<meta charset='utf-8'>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void latin_1_is_read_as_windows_1252_like_browsers_do_and_unknown_names_fall_back_to_utf_8() {
        assertThat(Charsets.detect("text/html; charset=iso-8859-1", new byte[0])).isEqualTo(Charset.forName("windows-1252"));
        assertThat(Charsets.detect("text/html; charset=no-such-charset", new byte[0])).isEqualTo(StandardCharsets.UTF_8);
        assertThat(Charsets.detect(null, "<p>rien</p>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void an_xml_declaration_names_the_charset_of_a_feed() {
        byte[] feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
        assertThat(Charsets.detect("application/rss+xml", feed)).isEqualTo(Charset.forName("ISO-8859-15"));
    }
}
