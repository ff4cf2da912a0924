package io.veille.summary.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.ExtractedArticle.Entity;
import io.veille.contracts.Fact;
import io.veille.lexicon.Dictionary;
import io.veille.lexicon.FunctionWords;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.grounding.NameMentions.NameMention;
import io.veille.summary.grounding.NameMentions.Word;

/**
 * The names the cited articles back: their entities' names and aliases, their quotes' speakers,
 * their bylines, and every run of capitalised words in their titles and texts (the extractor's
 * NER may miss a name; a name the article writes is still grounded). See {@link GroundingCheck}
 * for the rule that matches a generated name against them.
 */
final class NameBacking {

    private final List<List<String>> names = new ArrayList<>();
    private final Set<List<String>> wholeNames = new HashSet<>();
    private final Set<String> nameWords = new HashSet<>();
    private final List<List<String>> texts = new ArrayList<>();
    private final Set<String> articleWords = new HashSet<>();
    private final Set<String> lowerCaseWords = new HashSet<>();

    private NameBacking() {
    }

    /** @param digestTexts the generated texts, whose lower-case words are common words as well */
    static NameBacking of(List<ExtractedArticle> cited, List<String> digestTexts) {
        NameBacking b = new NameBacking();
        for (ExtractedArticle article : cited) {
            for (Entity entity : article.entities()) {
                b.addName(entity.name());
                entity.aliases().forEach(b::addName);
            }
            for (Fact fact : article.facts()) {
                b.addName(fact.speaker());
            }
            b.addName(article.byline());
            for (String text : new String[] {article.title(), article.text()}) {
                if (text == null) {
                    continue;
                }
                List<Word> words = NameMentions.words(text);
                b.texts.add(words.stream().map(Word::folded).toList());
                words.forEach(w -> b.articleWords.add(w.folded()));
                b.addLowerCase(words);
                NameMentions.in(text).forEach(m -> b.add(m.words()));
            }
        }
        digestTexts.forEach(t -> b.addLowerCase(NameMentions.words(t)));
        return b;
    }

    private void addName(String name) {
        if (name != null && !name.isBlank()) {
            add(NameMentions.words(name).stream().map(Word::folded).toList());
            NameMentions.in(name).forEach(m -> add(m.words()));
        }
    }

    private void add(List<String> words) {
        if (!words.isEmpty()) {
            names.add(words);
            wholeNames.add(words);
            nameWords.addAll(words);
        }
    }

    private void addLowerCase(List<Word> words) {
        words.stream().filter(w -> !w.capitalised()).forEach(w -> lowerCaseWords.add(w.folded()));
    }

    /**
     * A capitalised word alone at a sentence's start: a name when a dictionary of either language
     * lists it as one ("Siemens", "Samsung"), or when it is no function word of either language, no
     * ordinary word of the text's language, and never written in lower case by the articles or the
     * digest ("Capgemini"). A quote of the other language ("[fr] « Qui aurait cru… »") is the
     * article's own text, backed as written.
     */
    boolean openingWordIsName(NameMention mention, String language) {
        String word = mention.text();
        if (lowerCaseWords.contains(mention.words().get(0))
                || Bilingual.LANGUAGES.stream().anyMatch(l -> FunctionWords.isFunctionWord(l, word))) {
            return false;
        }
        if (Bilingual.LANGUAGES.stream().map(Dictionary::of).anyMatch(d -> d != null && d.properName(word))) {
            return true;
        }
        Dictionary own = Dictionary.of(language);
        return own != null && !own.commonWord(word);
    }

    boolean grounded(NameMention mention) {
        List<String> words = mention.words();
        if (backs(words)) {
            return true;
        }
        // "Yesterday Emmanuel Macron said": a sentence's first word may be an ordinary word, unless it is part of a
        // name, or what follows it says nothing distinctive ("Mistral AI" is no ordinary word before "AI").
        List<String> rest = words.subList(1, words.size());
        if (mention.sentenceStart() && mention.plainFirstWord() && words.size() > 1 && !nameWords.contains(words.get(0))
                && !distinctive(rest).isEmpty() && backs(rest)) {
            return true;
        }
        return splits(words);
    }

    /** The whole run is a backed name, a part of one, or says nothing distinctive. */
    private boolean backs(List<String> words) {
        if (content(words).isEmpty() || texts.stream().anyMatch(t -> containsRun(t, words))
                || names.stream().anyMatch(n -> containsRun(n, words))) {
            return true;
        }
        // "France Bank", "Mistral Bank": a name with a word that makes it an entity is checked as a unit.
        if (words.size() > 1 && words.stream().anyMatch(NameWords.ENTITY_WORDS::contains)) {
            return writtenTogether(content(words));
        }
        List<String> distinctive = distinctive(words);
        if (distinctive.isEmpty()) {
            return true;
        }
        // "Paris AI Summit": a generic word after the name must belong to it or be the articles' own word.
        List<String> after = content(words.subList(words.indexOf(distinctive.get(0)) + 1, words.size()));
        return names.stream().anyMatch(n -> n.containsAll(distinctive) && after.stream().allMatch(w -> n.contains(w) || writtenInArticles(w)));
    }

    /**
     * Every word, as written or translated, within one stretch of an article a little longer than
     * the name: "European Investment Bank" is backed by "Banque européenne d'investissement", "France
     * Bank" by no article that does not write a bank beside France.
     */
    private boolean writtenTogether(List<String> words) {
        int reach = words.size() + 2;
        for (List<String> text : texts) {
            for (int i = 0; i < text.size(); i++) {
                if (!matches(text.get(i), words.get(0))) {
                    continue;
                }
                int from = Math.max(0, i - reach);
                int to = Math.min(text.size(), i + reach + 1);
                List<String> stretch = text.subList(from, to);
                if (words.stream().allMatch(w -> stretch.stream().anyMatch(t -> matches(t, w)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String articleWord, String nameWord) {
        return articleWord.equals(nameWord) || NameWords.TRANSLATIONS.getOrDefault(nameWord, List.of()).contains(articleWord);
    }

    private boolean writtenInArticles(String word) {
        return articleWords.contains(word)
                || NameWords.TRANSLATIONS.getOrDefault(word, List.of()).stream().anyMatch(articleWords::contains);
    }

    /**
     * "In Paris Emmanuel Macron": two names side by side. Each part must be a whole backed name or
     * say nothing distinctive, so "Emmanuel Bengio" (two people's words) stays unsupported.
     */
    private boolean splits(List<String> words) {
        boolean[] ok = new boolean[words.size() + 1];
        ok[0] = true;
        for (int end = 1; end <= words.size(); end++) {
            for (int start = 0; start < end && !ok[end]; start++) {
                List<String> part = words.subList(start, end);
                // "Macron Bank", "France Bank": an entity word makes another entity, never a part that says nothing
                boolean entity = part.stream().anyMatch(NameWords.ENTITY_WORDS::contains) && (start > 0 || part.size() > 1);
                ok[end] = ok[start] && (wholeNames.contains(part) || distinctive(part).isEmpty() && !entity);
            }
        }
        return ok[words.size()];
    }

    private static List<String> content(List<String> words) {
        return words.stream().filter(w -> !NameWords.STOP.contains(w) && !NameWords.PARTICLES.contains(w)).toList();
    }

    /** The words of a name that could only be a name: not common, generic, or a translation of an article word. */
    private List<String> distinctive(List<String> words) {
        return content(words).stream()
                .filter(w -> !NameWords.GENERIC.contains(w) && !lowerCaseWords.contains(w))
                .filter(w -> NameWords.TRANSLATIONS.getOrDefault(w, List.of()).stream().noneMatch(articleWords::contains))
                .toList();
    }

    private static boolean containsRun(List<String> haystack, List<String> needle) {
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!haystack.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
