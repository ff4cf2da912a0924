package io.veille.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.support.TestPages;

class CommandsTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int extract(String... args) {
        return new ExtractCommand(EXTRACTOR).run(args, print(out), print(err));
    }

    private int facts(String input, String... args) {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        return new FactsCommand(EXTRACTOR).run(args, in, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream s) {
        return new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    private List<JsonNode> lines() throws IOException {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    private Path copyPage(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(TestPages.path(name), target);
    }

    @Test
    void extract_prints_one_json_line_per_page_of_a_directory_with_plain_amounts() throws IOException {
        copyPage("sommet-action-ia-souverainete-numerique.html", dir.resolve("a/sommet.html"));
        copyPage("newswire-en.html", dir.resolve("b/wire.htm"));
        Files.writeString(dir.resolve("b/notes.md"), "not a page");

        int status = extract(dir.toString());

        assertThat(status).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode sommet = lines.get(0);
        assertThat(sommet.get("file").asText()).endsWith("sommet.html");
        assertThat(sommet.get("title").asText()).isEqualTo("Le Sommet pour l'action sur l'IA vers plus de souveraineté numérique");
        assertThat(sommet.get("lang").asText()).isEqualTo("fr");
        assertThat(sommet.get("publishedAt").asText()).isEqualTo("2025-04-01T07:00:00Z");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"value\":109000000000,\"currency\":\"EUR\"");
        JsonNode money = sommet.get("facts").get(1);
        assertThat(money.get("type").asText()).isEqualTo("MONEY");
        assertThat(sommet.get("text").asText().substring(money.get("start").asInt(), money.get("end").asInt()))
                .isEqualTo(money.get("text").asText());
        assertThat(sommet.get("facts").get(0).get("date").asText()).isEqualTo("2025-02-10");
        assertThat(sommet.get("facts").get(0).get("dateEnd").asText()).isEqualTo("2025-02-11");
        assertThat(lines.get(1).get("lang").asText()).isEqualTo("en");
    }

    @Test
    void extract_uses_the_given_url_and_publication_date() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><body><article><p>Il y a 3 jours, le gouvernement a promis 2,5 milliards d'euros "
                + "aux laboratoires publics de recherche du pays.</p></article></body></html>");

        extract("--url", "https://example.org/a", "--published", "2025-02-12", page.toString());

        JsonNode line = lines().get(0);
        assertThat(line.get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(line.get("publishedAt").asText()).isEqualTo("2025-02-12T00:00:00Z");
        assertThat(line.get("facts").get(0).get("date").asText()).isEqualTo("2025-02-09");
    }

    @Test
    void an_unreadable_file_gets_an_error_line_and_the_run_goes_on_then_exits_1() throws IOException {
        Path good = copyPage("paris-capitale-mondiale-ia.html", dir.resolve("good.html"));

        int status = extract(dir.resolve("missing.html").toString(), good.toString());

        assertThat(status).isEqualTo(1);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("error").asText()).isEqualTo("no such file");
        assertThat(lines.get(1).has("error")).isFalse();
    }

    @Test
    void bad_arguments_print_the_usage_and_exit_2() {
        assertThat(extract()).isEqualTo(2);
        assertThat(extract("--published", "last tuesday", "x.html")).isEqualTo(2);
        assertThat(extract("--frobnicate", "x.html")).isEqualTo(2);
        assertThat(extract("--url")).isEqualTo(2);
        assertThat(facts("", "--lang", "french")).isEqualTo(2);
        assertThat(facts("", "file.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: ./veille extract", "usage: ./veille facts");
        assertThat(out.size()).isZero();
    }

    @Test
    void facts_prints_one_line_per_input_line_and_resolves_relative_dates() throws IOException {
        String input = """
                Hier, Emmanuel Macron a annoncé 109 milliards d'euros d'investissements dans l'IA.

                Microsoft said yesterday it would invest $20bn over five years.
                """;

        int status = facts(input, "--published", "2025-02-10T12:00:00Z");

        assertThat(status).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        JsonNode fr = lines.get(0);
        assertThat(fr.get("lang").asText()).isEqualTo("fr");
        assertThat(fr.get("facts").get(0).get("date").asText()).isEqualTo("2025-02-09");
        assertThat(fr.get("facts").get(1).get("value").decimalValue()).isEqualByComparingTo("109000000000");
        assertThat(fr.get("facts").get(1).get("currency").asText()).isEqualTo("EUR");
        assertThat(lines.get(1).get("facts")).isEmpty();
        JsonNode en = lines.get(2);
        assertThat(en.get("lang").asText()).isEqualTo("en");
        assertThat(en.get("facts").get(0).get("date").asText()).isEqualTo("2025-02-09");
        assertThat(en.get("facts").get(1).get("value").decimalValue()).isEqualByComparingTo("20000000000");
        assertThat(en.get("facts").get(1).get("qualifier").asText()).isEqualTo("over 5 years");
    }

    @Test
    void facts_takes_the_language_hint_for_short_lines() throws IOException {
        facts("2,5 M€\n", "--lang", "fr");
        assertThat(lines().get(0).get("lang").asText()).isEqualTo("fr");
    }
}
