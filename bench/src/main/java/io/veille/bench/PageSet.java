package io.veille.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.extractor.extraction.Page;

/**
 * The pages every benchmark reads: the extractor's golden set and the demo articles, read where
 * they live in the repository (nothing is copied, so the benchmark follows the set as it grows).
 * The repository is {@code -Dveille.home}, else the first directory above the working directory
 * that holds the golden set.
 */
public record PageSet(Path root, List<BenchPage> pages) {

    static final String GOLDEN = "extractor-core/src/test/resources/golden";
    static final String DEMO = "deploy/local/src/main/resources/demo/articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page of the set; {@code bytes} is its size on disk, the unit of the MB/s figures. */
    public record BenchPage(String name, Path file, String url, int bytes) {

        public Page read() {
            try {
                return new Page(Files.readString(file, StandardCharsets.UTF_8), url, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static PageSet load() {
        return load(repositoryRoot());
    }

    public static PageSet load(Path root) {
        List<BenchPage> pages = new ArrayList<>();
        pages.addAll(pagesIn(root.resolve(GOLDEN)));
        pages.addAll(pagesIn(root.resolve(DEMO)));
        if (pages.isEmpty()) {
            throw new IllegalStateException("no pages under " + root.resolve(GOLDEN) + " nor " + root.resolve(DEMO));
        }
        return new PageSet(root, List.copyOf(pages));
    }

    public long totalBytes() {
        return pages.stream().mapToLong(BenchPage::bytes).sum();
    }

    public List<Page> readAll() {
        return pages.stream().map(BenchPage::read).toList();
    }

    static Path repositoryRoot() {
        String home = System.getProperty("veille.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(GOLDEN))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository (no " + GOLDEN + " above "
                + Path.of("").toAbsolutePath() + "); pass -Dveille.home=/path/to/veille");
    }

    private static List<BenchPage> pagesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted()
                    .map(PageSet::page).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchPage page(Path file) {
        try {
            String name = file.getFileName().toString();
            return new BenchPage(name, file, goldenUrl(file), Math.toIntExact(Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden pages know the address they were published at; the service always has one too. */
    private static String goldenUrl(Path html) throws IOException {
        Path expected = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html$", ".json"));
        if (!Files.isRegularFile(expected)) {
            return null;
        }
        JsonNode url = JSON.readTree(expected.toFile()).get("url");
        return url == null || url.isNull() ? null : url.asText();
    }
}
