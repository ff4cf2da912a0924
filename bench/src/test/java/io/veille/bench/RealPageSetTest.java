package io.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealPageSetTest {

    @Test
    void both_sets_are_read_decompressed_with_the_url_their_annotation_gives(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("bodies"));
        Files.createDirectories(root.resolve("snippets"));
        gzip(root.resolve("bodies/Paper_2025_01_01.html.gz"), "<html><p>Größe</p></html>");
        Files.writeString(root.resolve("bodies/truth.json"), "{\"Paper_2025_01_01\": {\"url\": \"https://paper.test/a\"},"
                + " \"Missing_2025\": {\"url\": \"https://paper.test/b\"}}");
        gzip(root.resolve("snippets/abc.html.gz"), "<html><p>x</p></html>");
        Files.writeString(root.resolve("snippets/snippets.json"), "{\"abc.html\": {\"url\": \"https://blog.test/x\", \"with\": []}}");

        RealPageSet set = RealPageSet.load(root);

        assertThat(set.pages()).extracting(RealPageSet.RealPage::url).containsExactly("https://paper.test/a", "https://blog.test/x");
        assertThat(set.pages().get(0).html()).isEqualTo("<html><p>Größe</p></html>");
        assertThat(set.pages().get(0).bytes()).isEqualTo("<html><p>Größe</p></html>".getBytes(StandardCharsets.UTF_8).length);
        assertThat(set.totalBytes()).isEqualTo(set.pages().get(0).bytes() + set.pages().get(1).bytes());
    }

    @Test
    void a_directory_without_annotated_pages_is_an_error_not_an_empty_benchmark(@TempDir Path root) {
        assertThatThrownBy(() -> RealPageSet.load(root)).hasMessageContaining("no annotated pages");
    }

    private static void gzip(Path file, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
