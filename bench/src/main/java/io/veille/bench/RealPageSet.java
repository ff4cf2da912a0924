package io.veille.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.extractor.extraction.Page;

/**
 * The real web pages of the shared corpus ({@code pages/bodies} and {@code pages/snippets}, gzip),
 * each with the URL its annotation gives, decompressed once. They are what the extractor meets in
 * production: 50-500 KB of markup a page, most of it scripts and navigation. The corpus is
 * {@code -Dveille.pages}, else {@code shared/pages} beside the repository.
 */
public record RealPageSet(Path root, List<RealPage> pages) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page; {@code bytes} is its decompressed HTML size, the unit of the MB/s figures. */
    public record RealPage(String name, String html, String url, int bytes) {

        public Page page() {
            return new Page(html, url, null, null);
        }
    }

    public static RealPageSet load() {
        return load(corpusRoot(PageSet.repositoryRoot()));
    }

    public static RealPageSet load(Path root) {
        List<RealPage> pages = new ArrayList<>();
        pages.addAll(annotated(root.resolve("bodies"), "truth.json", name -> name + ".html.gz"));
        pages.addAll(annotated(root.resolve("snippets"), "snippets.json", name -> name + ".gz"));
        if (pages.isEmpty()) {
            throw new IllegalStateException("no annotated pages under " + root + " (bodies/truth.json, snippets/snippets.json)");
        }
        return new RealPageSet(root, List.copyOf(pages));
    }

    /** {@code -Dveille.pages}, else {@code ../shared/pages} next to the repository. */
    static Path corpusRoot(Path repository) {
        String pages = System.getProperty("veille.pages");
        if (pages != null && !pages.isBlank()) {
            return Path.of(pages).toAbsolutePath().normalize();
        }
        return repository.resolveSibling("shared").resolve("pages");
    }

    public long totalBytes() {
        return pages.stream().mapToLong(RealPage::bytes).sum();
    }

    public List<Page> readAll() {
        return pages.stream().map(RealPage::page).toList();
    }

    private interface FileOf {
        String of(String key);
    }

    private static List<RealPage> annotated(Path dir, String annotations, FileOf fileOf) {
        Path index = dir.resolve(annotations);
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        try {
            JsonNode all = JSON.readTree(index.toFile());
            List<RealPage> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                Path file = dir.resolve(fileOf.of(entry.getKey()));
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                String html = gunzip(file);
                JsonNode url = entry.getValue().get("url");
                pages.add(new RealPage(file.getFileName().toString(), html, url == null || url.isNull() ? null : url.asText(),
                        html.getBytes(StandardCharsets.UTF_8).length));
            }
            pages.sort((a, b) -> a.name().compareTo(b.name()));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
