package io.veille.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCatalogTest {

    private static final Duration DEFAULT = Duration.ofMinutes(15);

    @Test
    void a_valid_file_gives_sources_with_their_intervals_and_defaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sources.yaml");
        Files.writeString(file, """
                sources:
                  - id: lemonde-une
                    feed: https://www.lemonde.fr/rss/une.xml
                    language: fr
                    poll-interval: 10m
                  - id: local
                    feed: http://127.0.0.1:8000/feed.xml
                    poll-interval: PT30S
                    allow-private: true
                  - id: bbc
                    feed: https://feeds.bbci.co.uk/news/rss.xml
                    language: EN
                """);
        SourceCatalog catalog = SourceCatalog.of(SourcesFile.read(file), DEFAULT);

        assertThat(catalog.all()).extracting(Source::id).containsExactly("lemonde-une", "local", "bbc");
        assertThat(catalog.find("lemonde-une")).contains(
                new Source("lemonde-une", URI.create("https://www.lemonde.fr/rss/une.xml"), "fr", Duration.ofMinutes(10), false));
        assertThat(catalog.find("local").orElseThrow().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(catalog.find("local").orElseThrow().allowPrivate()).isTrue();
        assertThat(catalog.find("bbc").orElseThrow().pollInterval()).isEqualTo(DEFAULT);
        assertThat(catalog.find("bbc").orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<SourceDefinition> definitions = List.of(
                new SourceDefinition("a", "https://example.com/feed", "fr", null, null),
                new SourceDefinition("a", "https://example.com/other", "fr", null, null),
                new SourceDefinition("b", "ftp://example.com/feed", null, null, null),
                new SourceDefinition("c", "https://exa mple.com/feed", null, null, null),
                new SourceDefinition("d", "https://example.com/feed", null, "often", null),
                new SourceDefinition(null, "https://example.com/feed", null, null, null),
                new SourceDefinition("e", null, null, null, null));

        assertThatThrownBy(() -> SourceCatalog.of(definitions, DEFAULT))
                .isInstanceOfSatisfying(InvalidSourcesException.class, e -> assertThat(e.problems())
                        .hasSize(6)
                        .anySatisfy(p -> assertThat(p).contains("duplicate id 'a'"))
                        .anySatisfy(p -> assertThat(p).contains("'b'").contains("http or https"))
                        .anySatisfy(p -> assertThat(p).contains("'c'").contains("not a valid URL"))
                        .anySatisfy(p -> assertThat(p).contains("'d'").contains("'often' is not a duration"))
                        .anySatisfy(p -> assertThat(p).contains("source #6").contains("id must be"))
                        .anySatisfy(p -> assertThat(p).contains("'e'").contains("feed URL is missing")));
    }

    @Test
    void a_missing_or_malformed_file_is_a_clear_error(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> SourcesFile.read(dir.resolve("nope.yaml")))
                .isInstanceOf(InvalidSourcesException.class).hasMessageContaining("does not exist");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "sources:\n  - id: x\n    feeds: https://example.com\n");
        assertThatThrownBy(() -> SourcesFile.read(bad))
                .isInstanceOf(InvalidSourcesException.class).hasMessageContaining("is not valid").hasMessageContaining("feeds");
    }

    @Test
    void the_shipped_example_file_is_valid() {
        // the example ships with the service, which starts from it
        Path example = Path.of("../crawler-service/src/main/resources/sources.example.yaml");
        SourceCatalog catalog = SourceCatalog.of(SourcesFile.read(example), DEFAULT);
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(6)
                .extracting(Source::language).contains("fr", "en");
        assertThat(catalog.all()).noneMatch(Source::allowPrivate);
    }

    @Test
    void durations_read_short_and_iso_forms() {
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("pt1h")).isEqualTo(Duration.ofHours(1));
    }
}
