package io.veille.summary.digest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.ExtractedArticle.Entity;
import io.veille.contracts.ExtractedArticle.Span;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * The article's largest amount with who announced, raised or pledged it, when the sentence that
 * states it says so: a person or organisation named before the amount in the same sentence, and
 * one of a few verbs between them ("Emmanuel Macron a annoncé 109 milliards d'euros"). Anything
 * looser would put words in someone's mouth, so without that evidence there is no such line.
 */
record AttributedAmount(Fact fact, String who, String determiner, Verb verb) {

    enum Verb {
        ANNOUNCED("a annoncé", "announced",
                "\\b(?:annonc\\w*|announc\\w*|dévoil\\w*|unveil\\w*)"),
        RAISED("a levé", "raised",
                "\\b(?:lev[ée]e?s?|lève\\w*|lever|rais(?:ed|es|ing))\\b"),
        PLEDGED("a promis", "pledged",
                "\\b(?:prom(?:is|et|ettent)|s'engag\\w*|pledg\\w*|committ?\\w*)");

        final String fr;
        final String en;
        final Pattern pattern;

        Verb(String fr, String en, String regex) {
            this.fr = fr;
            this.en = en;
            this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** "l'Union européenne", "de la Commission", "du Royaume-Uni", "aux Pays-Bas": the article before a name, as French writes it. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(l['’]|la |le |les |du |au |des |aux )$");

    /** Between the end of the name and the amount: enough for "a annoncé dimanche un plan de". */
    private static final int MAX_GAP = 80;

    static Optional<AttributedAmount> headline(ExtractedArticle article) {
        String text = article.text();
        if (text == null) {
            return Optional.empty();
        }
        return article.facts().stream()
                .filter(f -> f.type() == FactType.MONEY && f.value() != null && f.start() >= 0 && f.start() <= text.length())
                .max(Comparator.comparing((Fact f) -> f.value().abs()).thenComparing(f -> -f.start()))
                .flatMap(f -> attribute(article, text, f));
    }

    private static Optional<AttributedAmount> attribute(ExtractedArticle article, String text, Fact fact) {
        int sentenceStart = sentenceStart(text, fact.start());
        record Named(Entity entity, Span span) {
        }
        Optional<Named> nearest = article.entities().stream()
                .filter(e -> "PERSON".equals(e.type()) || "ORG".equals(e.type()))
                .flatMap(e -> e.mentions().stream().map(s -> new Named(e, s)))
                .filter(n -> n.span().start() >= sentenceStart && n.span().end() <= fact.start()
                        && fact.start() - n.span().end() <= MAX_GAP)
                .max(Comparator.comparingInt(n -> n.span().end()));
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        String between = text.substring(nearest.get().span().end(), fact.start());
        if (between.matches("(?s).*[.!?;:«»\"“”].*")) {
            return Optional.empty();
        }
        for (Verb verb : Verb.values()) {
            Matcher m = verb.pattern.matcher(between);
            if (m.find()) {
                Entity who = nearest.get().entity();
                return Optional.of(new AttributedAmount(fact, who.name(), frenchDeterminer(text, who), verb));
            }
        }
        return Optional.empty();
    }

    /**
     * The determiner French gives the name in the article ("l'", "la ", "le ", "les "), or "" when most
     * of its mentions go without one, as people's and most companies' names do.
     */
    static String frenchDeterminer(String text, Entity entity) {
        Map<String, Integer> counts = new HashMap<>();
        for (Span span : entity.mentions()) {
            if (span.start() < 0 || span.start() > text.length()) {
                continue;
            }
            Matcher m = DETERMINER_BEFORE.matcher(text.substring(Math.max(0, span.start() - 6), span.start()));
            String d = m.find() ? switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "l'", "l’" -> "l'";
                case "du ", "au " -> "le ";
                case "des ", "aux " -> "les ";
                default -> m.group(1).toLowerCase(Locale.ROOT);
            } : "";
            counts.merge(d, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    private static int sentenceStart(String text, int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(Math.min(i + 1, text.length() - 1)))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "L'Union européenne a annoncé 20 milliards d'euros.", "The European Union announced €20 billion." */
    String sentence(String lang, String amount) {
        if ("fr".equals(lang)) {
            String subject = determiner + who;
            return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + verb.fr + " " + amount + ".";
        }
        return NamesInLanguage.englishSubject(who) + " " + verb.en + " " + amount + ".";
    }
}
