package io.veille.summary.digest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.ExtractedArticle.Fact;

/**
 * Writes a bilingual digest without a model: the lead sentences in the article's own language
 * (marked with it, never machine-translated), the key facts rendered by French and English
 * templates from their normalised values, and the people and organisations named. Deterministic
 * and offline; it only repeats what the extractor found, so it is grounded by construction.
 */
public final class ExtractiveDigestWriter implements DigestWriter {

    public static final String PROVIDER = "extractive";
    public static final String MODEL = "extractive-v1";

    private static final int MAX_LEAD_SENTENCES = 2;
    private static final int MAX_LEAD_CHARS = 400;
    private static final int MAX_FACTS_PER_ITEM = 5;
    private static final int MAX_NAMES = 6;

    private record Label(String fr, String en) {
        String in(String lang) {
            return "fr".equals(lang) ? fr : en;
        }
    }

    private static final Map<String, Label> FACT_LABELS = Map.of(
            "MONEY", new Label("Montants cités", "Amounts cited"),
            "PERCENT", new Label("Pourcentages", "Percentages"),
            "QUANTITY", new Label("Chiffres clés", "Key figures"),
            "DATE", new Label("Dates", "Dates"));
    private static final List<String> FACT_ORDER = List.of("MONEY", "PERCENT", "QUANTITY", "DATE");
    private static final Label NAMES = new Label("Personnes et organisations citées", "People and organisations named");
    private static final Label QUOTE = new Label("Citation", "Quote");
    private static final Label UNTITLED = new Label("Article sans titre", "Untitled article");

    @Override
    public WrittenDigest write(ExtractedArticle article) {
        return new WrittenDigest(new Bilingual(text(article, "fr"), text(article, "en")), PROVIDER, MODEL, DigestStatus.VERIFIED);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return MODEL;
    }

    public DigestText text(ExtractedArticle article, String lang) {
        List<Digest.Citation> cite = List.of(citation(article));
        List<Digest.Item> items = new ArrayList<>();
        List<String> lead = LeadSentences.of(article.text(), MAX_LEAD_SENTENCES, MAX_LEAD_CHARS);
        if (!lead.isEmpty()) {
            items.add(new Digest.Item(marked(article.lang(), String.join(" ", lead)), cite, List.of()));
        }
        for (String type : FACT_ORDER) {
            factItem(article, type, lang, cite).ifPresent(items::add);
        }
        quoteItem(article, lang, cite).ifPresent(items::add);
        namesItem(article, lang, cite).ifPresent(items::add);
        return new DigestText(title(article, lang), items);
    }

    public static Digest.Citation citation(ExtractedArticle article) {
        return new Digest.Citation(article.articleId(), article.url(), article.sourceId());
    }

    private static String title(ExtractedArticle article, String lang) {
        if (article.title() == null || article.title().isBlank()) {
            return UNTITLED.in(lang);
        }
        String title = article.title().strip();
        return lang.equals(article.lang()) ? title : marked(article.lang(), title);
    }

    /** Text quoted in the article's language is marked with it, e.g. "[fr] ...", so no reader mistakes it for a translation. */
    static String marked(String sourceLang, String text) {
        return "[" + (sourceLang == null || sourceLang.isBlank() ? "und" : sourceLang) + "] " + text;
    }

    private static Optional<Digest.Item> factItem(ExtractedArticle article, String type, String lang,
            List<Digest.Citation> cite) {
        Set<String> rendered = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        List<Fact> facts = article.facts().stream().filter(f -> type.equals(f.type())).toList();
        if ("MONEY".equals(type)) {
            // Largest amounts first: a reader scanning a digest wants the headline figure.
            facts = facts.stream()
                    .sorted(Comparator.comparing((Fact f) -> f.value() == null ? BigDecimal.ZERO : f.value().abs()).reversed())
                    .toList();
        }
        for (Fact fact : facts) {
            if (rendered.size() >= MAX_FACTS_PER_ITEM) {
                break;
            }
            FactFormatter.format(fact, lang).ifPresent(text -> {
                if (rendered.add(text)) {
                    used.add(fact.text());
                }
            });
        }
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        String separator = "fr".equals(lang) ? " : " : ": ";
        String text = FACT_LABELS.get(type).in(lang) + separator + String.join("fr".equals(lang) ? " ; " : "; ", rendered) + ".";
        return Optional.of(new Digest.Item(text, cite, used));
    }

    private static Optional<Digest.Item> quoteItem(ExtractedArticle article, String lang, List<Digest.Citation> cite) {
        return article.facts().stream()
                .filter(f -> "QUOTE".equals(f.type()) && f.quote() != null && !f.quote().isBlank())
                .findFirst()
                .map(f -> {
                    String who = f.speaker() == null || f.speaker().isBlank() ? "" : " (" + f.speaker() + ")";
                    String separator = "fr".equals(lang) ? " : " : ": ";
                    String quote = "fr".equals(lang) ? "« " + f.quote().strip() + " »" : "“" + f.quote().strip() + "”";
                    return new Digest.Item(QUOTE.in(lang) + who + separator + marked(article.lang(), quote), cite, List.of(f.text()));
                });
    }

    private static Optional<Digest.Item> namesItem(ExtractedArticle article, String lang, List<Digest.Citation> cite) {
        List<String> names = article.entities().stream()
                .filter(e -> "PERSON".equals(e.type()) || "ORG".equals(e.type()))
                .sorted(Comparator.comparingInt((ExtractedArticle.Entity e) -> e.mentions().size()).reversed())
                .map(ExtractedArticle.Entity::name)
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .limit(MAX_NAMES)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String separator = "fr".equals(lang) ? " : " : ": ";
        return Optional.of(new Digest.Item(NAMES.in(lang) + separator + String.join(", ", names) + ".", cite, List.of()));
    }
}
