package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.summary.grounding.NameMentions.NameMention;

/**
 * Relations between an amount and its actor: "Brookfield investira 20 milliards d'euros" in a
 * digest must be written with Brookfield in the stretch of a cited article's sentence that states
 * those 20 billion ({@link #of}), so that an answer giving Brookfield's money to the United Arab Emirates is caught even
 * though both the amount and the country are in the article. The actor of an amount is the name
 * after it when "de", "from", "by" or "par" introduces one ("20 milliards de Brookfield"), else the
 * nearest name before it in its clause ("X a annoncé Y", "X will invest Y"). Only actors that the
 * articles write somewhere are judged here: an unbacked name is {@link NameBacking}'s to reject,
 * and a name in another language that no translation links to the article is left alone rather
 * than called a swap.
 */
final class AmountActors {

    private static final Pattern CLAUSE_MARK = Pattern.compile("[.!?;:…—–()\\[\\]«»“”\\n]");
    private static final Pattern ACTOR_AFTER = Pattern.compile(
            "^[ \\u00A0]*(?:de la |de l'|de l’|du |des |de |d'|d’|from |by |par |of )(?:the |la |le |les |l'|l’)?",
            Pattern.CASE_INSENSITIVE);
    /** "Selon le BCG, …", "according to Macron": a name that says where a claim comes from, not who pays. */
    private static final Pattern SOURCE_BEFORE = Pattern.compile(
            "(?:selon|d'après|d’après|according to|says|said|pour)\\s+(?:the |le |la |les |l'|l’)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=[\\s\\u00A0»”\"')]*(?:\\s|$))|\\n");

    /** An amount of a cited article and the words that may name its actor: those of its stretch of the sentence. */
    private record Stated(Fact amount, Set<String> words) {
    }

    private final List<Stated> statements = new ArrayList<>();
    private final Set<String> articleWords = new HashSet<>();

    private AmountActors() {
    }

    /**
     * Each amount's stretch runs from the amount before it in its sentence (or the sentence's start)
     * to itself, and on to the next amount when "de", "from" or "by" follows it: in "Les Émirats
     * investiront 50 milliards, Brookfield 20 milliards et Fluidstack 10 milliards", the 20 billion
     * are Brookfield's alone.
     */
    static AmountActors of(List<ExtractedArticle> cited) {
        AmountActors a = new AmountActors();
        for (ExtractedArticle article : cited) {
            String text = article.text();
            if (text == null) {
                continue;
            }
            NameMentions.words(text).forEach(w -> a.articleWords.add(w.folded()));
            for (int[] sentence : sentences(text)) {
                List<Fact> amounts = article.facts().stream()
                        .filter(f -> f.type() == FactType.MONEY && f.value() != null && f.start() >= sentence[0]
                                && f.end() <= sentence[1] && f.end() > f.start())
                        .sorted(Comparator.comparingInt(Fact::start)).toList();
                for (int i = 0; i < amounts.size(); i++) {
                    Fact f = amounts.get(i);
                    int from = i == 0 ? sentence[0] : Math.min(amounts.get(i - 1).end(), f.start());
                    int next = i + 1 < amounts.size() ? Math.max(amounts.get(i + 1).start(), f.end()) : sentence[1];
                    int to = ACTOR_AFTER.matcher(text).region(f.end(), next).lookingAt() ? next : f.start();
                    Set<String> words = new HashSet<>();
                    NameMentions.words(text.substring(from, Math.max(from, to))).forEach(w -> words.add(w.folded()));
                    a.statements.add(new Stated(f, words));
                }
            }
        }
        return a;
    }

    /** The amounts of a generated text said with an actor that no cited sentence writes beside them. */
    void check(String lang, String text, NameBacking names, List<String> unsupported) {
        if (text == null || statements.isEmpty()) {
            return;
        }
        List<NameMention> mentions = NameMentions.in(text).stream()
                .filter(m -> !(m.sentenceStart() && m.words().size() == 1 && m.plainFirstWord()) || names.openingWordIsName(m, lang))
                .toList();
        for (NumberMention amount : NumberMentions.in(text, lang)) {
            if (amount.currencies().isEmpty() || amount.start() < 0) {
                continue;
            }
            NameMention actor = actor(text, amount, mentions);
            if (actor == null) {
                continue;
            }
            List<String> actorWords = actorWords(actor);
            if (actorWords.isEmpty() || actorWords.stream().noneMatch(this::writtenInArticles)) {
                continue;
            }
            List<Stated> stating = statements.stream().filter(s -> states(s.amount(), amount)).toList();
            if (!stating.isEmpty() && stating.stream().noneMatch(s -> actorWords.stream().anyMatch(w -> writtenIn(w, s.words())))) {
                unsupported.add("[" + lang + "] \"" + amount.text() + "\" is not stated with \"" + actor.text()
                        + "\" in the cited articles");
            }
        }
    }

    private static NameMention actor(String text, NumberMention amount, List<NameMention> mentions) {
        Matcher after = ACTOR_AFTER.matcher(text).region(amount.end(), text.length());
        if (after.lookingAt()) {
            int from = after.end();
            for (NameMention m : mentions) {
                int at = text.indexOf(m.text(), from);
                if (at == from) {
                    return m;
                }
            }
        }
        int clauseStart = 0;
        Matcher mark = CLAUSE_MARK.matcher(text);
        while (mark.find() && mark.start() < amount.start()) {
            clauseStart = mark.end();
        }
        NameMention nearest = null;
        int nearestEnd = -1;
        int searchFrom = clauseStart;
        for (NameMention m : mentions) {
            int at = text.indexOf(m.text(), searchFrom);
            if (at >= clauseStart && at + m.text().length() <= amount.start()) {
                boolean source = SOURCE_BEFORE.matcher(text.substring(clauseStart, at)).find();
                nearest = source ? null : m;
                nearestEnd = at + m.text().length();
                searchFrom = nearestEnd;
            }
        }
        // "un fonds de 2,5 milliards, face aux 500 milliards du projet Stargate": a name is the actor of
        // the first amount after it only.
        if (nearest != null && NumberMentions.in(text.substring(nearestEnd, amount.start())).stream()
                .anyMatch(m -> !m.currencies().isEmpty())) {
            return null;
        }
        return nearest;
    }

    /**
     * The words that identify an actor: its distinctive ones, or, for a name made of generic words
     * only ("Grand Palais", "Action Summit"), those generic words, which are then all it has.
     */
    private static List<String> actorWords(NameMention actor) {
        List<String> named = actor.words().stream().filter(w -> !NameWords.STOP.contains(w) && !NameWords.PARTICLES.contains(w)).toList();
        List<String> distinctive = named.stream().filter(w -> !NameWords.GENERIC.contains(w)).toList();
        return distinctive.isEmpty() && named.size() > 1 ? named : distinctive;
    }

    private static boolean states(Fact f, NumberMention amount) {
        BigDecimal value = NumberMentions.normal(amount.value());
        return (NumberMentions.normal(f.value()).equals(value) || f.valueEnd() != null && NumberMentions.normal(f.valueEnd()).equals(value))
                && (f.currency() == null || amount.currencies().contains(f.currency()));
    }

    private boolean writtenInArticles(String word) {
        return writtenIn(word, articleWords);
    }

    private static boolean writtenIn(String word, Set<String> words) {
        return words.contains(word) || NameWords.TRANSLATIONS.getOrDefault(word, List.of()).stream().anyMatch(words::contains);
    }

    /** Sentence bounds [start, end) of a text: ends at . ! ? … before a space, or at a line break. */
    static List<int[]> sentences(String text) {
        List<int[]> bounds = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            if (end.end() > start) {
                bounds.add(new int[] {start, end.end()});
            }
            start = end.end();
        }
        if (start < text.length()) {
            bounds.add(new int[] {start, text.length()});
        }
        return bounds;
    }
}
