package io.veille.extractor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML pages tests read: the extractor's own under src/test/resources/pages, and the five pages
 * of the demo corpus read where the launcher keeps them (deploy/local) rather than from a copy that
 * could drift. Maven runs the tests with the module as working directory; an IDE may use the root.
 */
public final class TestPages {

    private static final String DEMO_ARTICLES = "deploy/local/src/main/resources/demo/articles";

    private TestPages() {
    }

    public static String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String name) {
        URL own = TestPages.class.getResource("/pages/" + name);
        if (own != null) {
            try {
                return Path.of(own.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path moduleDir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        List<Path> candidates = List.of(
                moduleDir.resolve("..").resolve(DEMO_ARTICLES).resolve(name).normalize(),
                moduleDir.resolve(DEMO_ARTICLES).resolve(name).normalize());
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("test page " + name
                        + " is neither in src/test/resources/pages nor a demo article; looked for it at " + candidates
                        + " (run the tests from the extractor-service module or the repository root)"));
    }
}
