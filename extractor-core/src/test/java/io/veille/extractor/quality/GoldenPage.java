package io.veille.extractor.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One page of the golden set: {@code <name>.html} and its sidecar {@code <name>.json} with what a
 * careful reader takes from it.
 */
public record GoldenPage(
        String name,
        String html,
        String url,
        String lang,
        String title,
        LocalDate published,
        String body,
        List<String> mustContain,
        List<String> mustNotContain,
        List<GoldenFact> facts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<GoldenPage> loadAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted()
                    .map(GoldenPage::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldenPage load(Path htmlFile) {
        String file = htmlFile.getFileName().toString();
        String name = file.substring(0, file.length() - ".html".length());
        try {
            String html = Files.readString(htmlFile, StandardCharsets.UTF_8);
            JsonNode json = JSON.readTree(htmlFile.resolveSibling(name + ".json").toFile());
            return new GoldenPage(name, html,
                    json.path("url").asText(),
                    json.path("lang").asText(),
                    json.path("title").asText(),
                    LocalDate.parse(json.path("published").asText()),
                    json.path("body").asText(),
                    strings(json.path("mustContain")),
                    strings(json.path("mustNotContain")),
                    facts(json.path("facts")));
        } catch (IOException e) {
            throw new UncheckedIOException("golden page " + name, e);
        }
    }

    /** Facts are parsed in French and English only; other pages list their amounts for information. */
    static final java.util.Set<String> FACT_LANGUAGES = java.util.Set.of("fr", "en");

    /** The MONEY facts the gate holds the extractor to: every one on a French or English page. */
    public List<GoldenFact> gatedMoney() {
        return FACT_LANGUAGES.contains(lang) ? facts.stream().filter(f -> f.type().equals("MONEY")).toList() : List.of();
    }

    /** Facts reported but not enforced: dates, percentages, and amounts on pages in other languages. */
    public List<GoldenFact> ungatedFacts() {
        List<GoldenFact> gated = gatedMoney();
        return facts.stream().filter(f -> !gated.contains(f)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<GoldenFact> facts(JsonNode array) {
        List<GoldenFact> out = new ArrayList<>();
        for (JsonNode n : array) {
            BigDecimal value = n.hasNonNull("value") ? new BigDecimal(n.get("value").asText()) : null;
            out.add(new GoldenFact(n.path("type").asText(), n.path("text").asText(), value,
                    n.hasNonNull("currency") ? n.get("currency").asText() : null,
                    n.hasNonNull("date") ? n.get("date").asText() : null));
        }
        return List.copyOf(out);
    }
}
