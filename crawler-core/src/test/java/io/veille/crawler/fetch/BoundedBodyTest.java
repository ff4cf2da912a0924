package io.veille.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void a_body_within_the_cap_is_read_whole() throws IOException {
        BoundedBody.Read read = BoundedBody.read(new ByteArrayInputStream(new byte[100]), null, 100, 100);
        assertThat(read.bytes()).hasSize(100);
        assertThat(read.truncated()).isFalse();
    }

    @Test
    void a_longer_body_is_cut_at_the_cap_and_marked_truncated() throws IOException {
        BoundedBody.Read read = BoundedBody.read(new ByteArrayInputStream(new byte[100_000]), "identity", 1000, 100);
        assertThat(read.bytes()).hasSize(1000);
        assertThat(read.truncated()).isTrue();
    }

    @Test
    void gzip_is_inflated_within_the_cap() throws IOException {
        byte[] gz = gzip("Bonjour, monde. ".repeat(10).getBytes());
        BoundedBody.Read read = BoundedBody.read(new ByteArrayInputStream(gz), "gzip", 1000, 100);
        assertThat(new String(read.bytes())).startsWith("Bonjour, monde.").hasSize(160);
    }

    @Test
    void a_gzip_bomb_is_refused_once_its_ratio_is_evident() throws IOException {
        byte[] bomb = gzip(new byte[20 * 1024 * 1024]);
        assertThatThrownBy(() -> BoundedBody.read(new ByteArrayInputStream(bomb), "gzip", 50 * 1024 * 1024, 100))
                .isInstanceOf(IOException.class).hasMessageContaining("inflates more than 100 times");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
