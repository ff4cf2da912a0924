package io.veille.extractor.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.veille.contracts.ExtractedArticle.Entity;
import io.veille.contracts.ExtractedArticle.Span;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.contracts.UrlHash;

/** Extracted articles built field by field for the persistence and API tests, each at a URL of its own. */
public final class StoredArticles {

    private String url = "https://example.test/stored-" + UUID.randomUUID();
    private String lang = "fr";
    private String title = "Titre";
    private Instant published = Instant.parse("2025-02-10T08:00:00Z");
    private String text = "Texte de l'article.";
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    public static StoredArticles article() {
        return new StoredArticles();
    }

    /** A token no other test uses, to find a test's own rows in the shared database. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("Zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            // hex digits to letters: a search term of letters only
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    /** Another extraction of the page at {@code value}. */
    public StoredArticles at(String value) {
        url = value;
        return this;
    }

    public StoredArticles lang(String value) {
        lang = value;
        return this;
    }

    public StoredArticles title(String value) {
        title = value;
        return this;
    }

    public StoredArticles published(String instant) {
        published = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public StoredArticles text(String value) {
        text = value;
        return this;
    }

    public StoredArticles entity(String name, String type, int mentions, String... aliases) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            spans.add(new Span(i, i + 1));
        }
        entities.add(new Entity(name, type, List.of(aliases), spans));
        return this;
    }

    public StoredArticles money(int start, String value, String currency) {
        facts.add(new Fact(FactType.MONEY, "x", start, start + 1, new BigDecimal(value), currency, null, null, null, null, null, null, null));
        return this;
    }

    public StoredArticles percent(int start, String value) {
        facts.add(new Fact(FactType.PERCENT, "x", start, start + 1, new BigDecimal(value), null, "%", null, null, null, null, null, null));
        return this;
    }

    public String url() {
        return url;
    }

    public String id() {
        return UrlHash.of(url);
    }

    public ExtractedArticle build() {
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, id(), id(), url, "test", lang, title, null,
                published, text, List.copyOf(entities), List.copyOf(facts), null);
    }
}
