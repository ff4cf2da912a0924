package io.veille.summary.digest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * Writes a bilingual digest without a model: the lead sentences in the source language (marked
 * with it, never machine-translated), the headline amount with who announced it when its sentence
 * says so, the key facts rendered by French and English templates from their normalised values,
 * a quote and the people and organisations named. For a story the facts of all its articles are
 * merged, each item citing the articles that state it, and a last item lists the sources.
 * Deterministic and offline; it only repeats what the extractor found, so it is grounded by
 * construction.
 */
public final class ExtractiveDigestWriter implements DigestWriter {

    public static final String PROVIDER = "extractive";
    public static final String MODEL = "extractive-v1";

    private static final int MAX_LEAD_SENTENCES = 2;
    private static final int MAX_LEAD_CHARS = 400;
    private static final int MAX_FACTS_PER_ITEM = 5;
    private static final int MAX_NAMES = 6;

    private static final Map<FactType, Label> FACT_LABELS = Map.of(
            FactType.MONEY, new Label("Montants cités", "Amounts cited"),
            FactType.PERCENT, new Label("Pourcentages", "Percentages"),
            FactType.QUANTITY, new Label("Chiffres clés", "Key figures"),
            FactType.DATE, new Label("Dates", "Dates"));
    private static final List<FactType> FACT_ORDER = List.of(FactType.MONEY, FactType.PERCENT, FactType.QUANTITY,
            FactType.DATE);
    private static final Label NAMES = new Label("Personnes et organisations citées", "People and organizations named");
    private static final Label QUOTE = new Label("Citation", "Quote");
    private static final Label SOURCES = new Label("Sources", "Sources");
    private static final Label UNTITLED = new Label("Article sans titre", "Untitled article");

    @Override
    public WrittenDigest write(DigestSubject subject) {
        return new WrittenDigest(new Bilingual(text(subject, "fr"), text(subject, "en")), PROVIDER, MODEL, DigestStatus.VERIFIED);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return MODEL;
    }

    public DigestText text(DigestSubject subject, String lang) {
        List<ExtractedArticle> articles = subject.articles();
        ExtractedArticle lead = representative(articles, lang);
        List<Digest.Item> items = new ArrayList<>();
        List<String> sentences = LeadSentences.of(lead.text(), MAX_LEAD_SENTENCES, MAX_LEAD_CHARS);
        if (!sentences.isEmpty()) {
            items.add(new Digest.Item(Label.marked(lead.lang(), String.join(" ", sentences)), List.of(citation(lead)), List.of()));
        }
        Optional<Digest.Item> headline = headlineItem(articles, lang);
        headline.ifPresent(items::add);
        for (FactType type : FACT_ORDER) {
            factItem(articles, type, lang).ifPresent(items::add);
        }
        quoteItem(lead, articles, lang).ifPresent(items::add);
        namesItem(articles, lang).ifPresent(items::add);
        if (subject.isStory()) {
            items.add(sourcesItem(articles, lang));
        }
        return new DigestText(title(lead, lang, headline), items);
    }

    public static Digest.Citation citation(ExtractedArticle article) {
        return new Digest.Citation(article.articleId(), article.url(), article.sourceId());
    }

    public static List<Digest.Citation> citations(List<ExtractedArticle> articles) {
        return articles.stream().map(ExtractiveDigestWriter::citation).toList();
    }

    /** The oldest article written in the digest's language, else the oldest article: its title and lead open the digest. */
    static ExtractedArticle representative(List<ExtractedArticle> articles, String lang) {
        return articles.stream().filter(a -> lang.equals(a.lang())).findFirst().orElse(articles.get(0));
    }

    /**
     * The article's title; in the other language it stays as written, marked with its language, after
     * a headline composed in the reader's language from the lead fact when there is one ("Emmanuel
     * Macron announced €109 billion — [fr] L'offensive française dans l'IA…").
     */
    private static String title(ExtractedArticle article, String lang, Optional<Digest.Item> headline) {
        if (article.title() == null || article.title().isBlank()) {
            return headline.map(h -> stripFinalStop(h.text())).orElse(UNTITLED.in(lang));
        }
        String title = article.title().strip();
        if (lang.equals(article.lang())) {
            return title;
        }
        String marked = Label.marked(article.lang(), title);
        return headline.map(h -> stripFinalStop(h.text()) + " — " + marked).orElse(marked);
    }

    private static String stripFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** Text quoted in the article's language is marked with it, e.g. "[fr] ...", so no reader mistakes it for a translation. */
    static String marked(String sourceLang, String text) {
        return Label.marked(sourceLang, text);
    }

    private static Optional<Digest.Item> headlineItem(List<ExtractedArticle> articles, String lang) {
        for (ExtractedArticle article : articles) {
            Optional<AttributedAmount> attributed = AttributedAmount.headline(article);
            if (attributed.isPresent()) {
                AttributedAmount a = attributed.get();
                return FactFormatter.format(a.fact(), lang).map(amount -> new Digest.Item(a.sentence(lang, amount),
                        List.of(citation(article)), List.of(a.fact().text())));
            }
        }
        return Optional.empty();
    }

    /** One line per fact type; the same fact stated by several articles is rendered once and cites them all. */
    private static Optional<Digest.Item> factItem(List<ExtractedArticle> articles, FactType type, String lang) {
        Map<String, Set<ExtractedArticle>> sources = new LinkedHashMap<>();
        Map<String, String> factText = new LinkedHashMap<>();
        for (FactOf f : facts(articles, type)) {
            Optional<String> rendered = FactFormatter.format(f.fact(), lang);
            if (rendered.isEmpty() || (!sources.containsKey(rendered.get()) && sources.size() >= MAX_FACTS_PER_ITEM)) {
                continue;
            }
            sources.computeIfAbsent(rendered.get(), k -> new LinkedHashSet<>()).add(f.article());
            factText.putIfAbsent(rendered.get(), f.fact().text());
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Set<ExtractedArticle> cited = new LinkedHashSet<>();
        sources.values().forEach(cited::addAll);
        String text = FACT_LABELS.get(type).in(lang) + Label.separator(lang)
                + String.join("fr".equals(lang) ? " ; " : "; ", sources.keySet()) + ".";
        return Optional.of(new Digest.Item(text, citations(List.copyOf(cited)), List.copyOf(factText.values())));
    }

    private record FactOf(Fact fact, ExtractedArticle article) {
    }

    private static List<FactOf> facts(List<ExtractedArticle> articles, FactType type) {
        List<FactOf> facts = articles.stream()
                .flatMap(a -> a.facts().stream().filter(f -> f.type() == type).map(f -> new FactOf(f, a)))
                .toList();
        if (type == FactType.MONEY) {
            // Largest amounts first: a reader scanning a digest wants the headline figure.
            facts = facts.stream()
                    .sorted(Comparator.comparing((FactOf f) -> f.fact().value() == null ? BigDecimal.ZERO : f.fact().value().abs())
                            .reversed())
                    .toList();
        }
        return facts;
    }

    private static Optional<Digest.Item> quoteItem(ExtractedArticle lead, List<ExtractedArticle> articles, String lang) {
        List<ExtractedArticle> leadFirst = new ArrayList<>(articles);
        leadFirst.remove(lead);
        leadFirst.add(0, lead);
        for (ExtractedArticle article : leadFirst) {
            Optional<Fact> quote = article.facts().stream()
                    .filter(f -> f.type() == FactType.QUOTE && f.quote() != null && !f.quote().isBlank())
                    .findFirst();
            if (quote.isPresent()) {
                Fact f = quote.get();
                String who = f.speaker() == null || f.speaker().isBlank() ? "" : " (" + f.speaker() + ")";
                String quoted = "fr".equals(lang) ? "« " + f.quote().strip() + " »" : "“" + f.quote().strip() + "”";
                return Optional.of(new Digest.Item(QUOTE.in(lang) + who + Label.separator(lang) + Label.marked(article.lang(), quoted),
                        List.of(citation(article)), List.of(f.text())));
            }
        }
        return Optional.empty();
    }

    /** People and organisations, those named by the most articles (then most often) first. */
    private static Optional<Digest.Item> namesItem(List<ExtractedArticle> articles, String lang) {
        Map<String, Set<ExtractedArticle>> namedBy = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (ExtractedArticle article : articles) {
            for (ExtractedArticle.Entity e : article.entities()) {
                if (("PERSON".equals(e.type()) || "ORG".equals(e.type())) && e.name() != null && !e.name().isBlank()) {
                    namedBy.computeIfAbsent(e.name(), k -> new LinkedHashSet<>()).add(article);
                    mentions.merge(e.name(), e.mentions().size(), Integer::sum);
                }
            }
        }
        List<String> names = namedBy.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> namedBy.get(n).size()).reversed()
                        .thenComparing(Comparator.comparingInt(mentions::get).reversed()))
                .limit(MAX_NAMES)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<ExtractedArticle> cited = new LinkedHashSet<>();
        names.forEach(n -> cited.addAll(namedBy.get(n)));
        List<String> written = names.stream().map(n -> NamesInLanguage.of(n, lang)).distinct().toList();
        return Optional.of(new Digest.Item(NAMES.in(lang) + Label.separator(lang) + String.join(", ", written) + ".",
                citations(articles.stream().filter(cited::contains).toList()), List.of()));
    }

    /** Which source said what: every article of the story, by source, in the order they appeared. */
    private static Digest.Item sourcesItem(List<ExtractedArticle> articles, String lang) {
        Map<String, List<ExtractedArticle>> bySource = articles.stream().collect(Collectors.groupingBy(
                a -> a.sourceId() == null || a.sourceId().isBlank() ? host(a.url()) : a.sourceId(), LinkedHashMap::new,
                Collectors.toList()));
        String listed = bySource.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().stream().map(ExtractedArticle::lang).distinct()
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return new Digest.Item(SOURCES.in(lang) + Label.separator(lang) + listed + ".", citations(articles), List.of());
    }

    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
