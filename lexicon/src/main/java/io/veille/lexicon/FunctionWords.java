package io.veille.lexicon;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts each language's function words in a text: the one lexicon behind both the extractor's
 * offline language detector and the summary's check that a model wrote French where French was
 * asked. The words are in {@code function-words.tsv}; an elided "l'" or "d'" counts as the word.
 */
public final class FunctionWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Map<String, Set<String>> BY_LANGUAGE = load();

    private FunctionWords() {
    }

    /** The languages scored, in the order of the list: French and English first. */
    public static Set<String> languages() {
        return BY_LANGUAGE.keySet();
    }

    /** A function word of the language ("selon", "the"); an elided form is written with its apostrophe ("l'"). */
    public static boolean isFunctionWord(String language, String word) {
        Set<String> words = BY_LANGUAGE.get(language);
        return words != null && words.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    /** How many words a text has and how many of them are each language's function words. */
    public static Tally tally(CharSequence text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        BY_LANGUAGE.keySet().forEach(language -> hits.put(language, 0));
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0) {
                word = word.substring(0, apostrophe + 1);
            }
            for (var entry : BY_LANGUAGE.entrySet()) {
                if (entry.getValue().contains(word)) {
                    hits.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        return new Tally(words, hits);
    }

    /**
     * @param words all words of the text
     * @param hits  function words found per language, every scored language present
     */
    public record Tally(int words, Map<String, Integer> hits) {

        /** The language with the most hits (the list's order breaks ties), or null when none has any. */
        public String leader() {
            String best = null;
            int bestHits = 0;
            for (var entry : hits.entrySet()) {
                if (entry.getValue() > bestHits) {
                    best = entry.getKey();
                    bestHits = entry.getValue();
                }
            }
            return best;
        }

        public int leaderHits() {
            String leader = leader();
            return leader == null ? 0 : hits.get(leader);
        }

        /** The hits of the best language after the leader. */
        public int runnerUpHits() {
            String leader = leader();
            return hits.entrySet().stream().filter(e -> !e.getKey().equals(leader))
                    .mapToInt(Map.Entry::getValue).max().orElse(0);
        }
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
        for (String[] row : WordList.rows("function-words.tsv")) {
            byLanguage.put(row[0].strip(), Set.copyOf(new HashSet<>(Arrays.asList(row[1].strip().split(" +")))));
        }
        return Collections.unmodifiableMap(byLanguage);
    }
}
