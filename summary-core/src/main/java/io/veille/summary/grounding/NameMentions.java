package io.veille.summary.grounding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a French or English text states: runs of capitalised words ("Emmanuel Macron",
 * "Mistral AI", "J.D. Vance"), joined by particles ("Ursula von der Leyen", "Banque d'Espagne") and
 * hyphens ("Jean-Noël Barrot", "al-Sisi"), without the elided article ("l'Élysée" is "Élysée") or
 * the possessive ("Macron's"). Determiners, months, days and our template labels are stripped from
 * the edges of a run ({@link NameWords#STOP}). Words are compared folded: lower case, no accents.
 */
final class NameMentions {

    /** A run of capitalised words: its text, its folded words, and whether it opens a sentence. */
    record NameMention(String text, List<String> words, boolean sentenceStart, boolean plainFirstWord) {
    }

    /** A word of the text, folded, and how it stands to the word before it. */
    record Word(String folded, int start, int end, boolean capitalised, boolean plain, boolean sentenceStart,
            boolean joinsPrevious, boolean possessive) {
    }

    private static final Pattern MARKER = Pattern.compile("\\[[A-Za-z]{2,3}\\]");
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=[ \\u00A0]+\\p{Lu})|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)?");
    private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "jusqu", "lorsqu", "puisqu", "s", "n", "c", "j", "m", "t");
    private static final Pattern JOINING_GAP = Pattern.compile("[ \\u00A0\\u202F]+|-|[ \\u00A0\\u202F]+[dDlL]['’]");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?:;…«“\\[•\\n]");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private NameMentions() {
    }

    /** The names in generated text, each with the edges stripped of common capitalised words. */
    static List<NameMention> in(String text) {
        List<NameMention> mentions = new ArrayList<>();
        for (List<Word> run : runs(words(text))) {
            int from = 0;
            int to = run.size();
            while (from < to && stop(run.get(from))) {
                from++;
            }
            while (to > from && stop(run.get(to - 1))) {
                to--;
            }
            if (from == to) {
                continue;
            }
            List<Word> name = run.subList(from, to);
            mentions.add(new NameMention(text.substring(name.get(0).start(), name.get(name.size() - 1).end()),
                    name.stream().map(Word::folded).toList(), from == 0 && name.get(0).sentenceStart(), name.get(0).plain()));
        }
        return mentions;
    }

    /** Every word of the text, folded, in order. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        // "[fr] ..." marks quoted text: the marker is no word, and what follows opens a sentence.
        Matcher marker = MARKER.matcher(text);
        StringBuilder blanked = new StringBuilder(text);
        while (marker.find()) {
            blanked.setCharAt(marker.start(), ':');
            for (int i = marker.start() + 1; i < marker.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        String t = blanked.toString();
        Matcher m = WORD.matcher(t);
        int previousEnd = -1;
        while (m.find()) {
            String w = m.group();
            int start = m.start();
            int end = m.end();
            boolean possessive = false;
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            if (apostrophe > 0) {
                String before = w.substring(0, apostrophe).toLowerCase(Locale.ROOT);
                String after = w.substring(apostrophe + 1);
                if (ELISIONS.contains(before)) {
                    w = after;
                    start += apostrophe + 1;
                } else if (after.equalsIgnoreCase("s")) {
                    w = w.substring(0, apostrophe);
                    possessive = true;
                }
            }
            String gap = previousEnd < 0 ? "" : t.substring(previousEnd, start);
            boolean sentenceStart = previousEnd < 0 || SENTENCE_MARK.matcher(gap).find();
            boolean joins = previousEnd >= 0 && JOINING_GAP.matcher(gap).matches();
            boolean capitalised = !w.equals(w.toLowerCase(Locale.ROOT));
            boolean plain = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            words.add(new Word(fold(w), start, possessive ? end - 2 : end, capitalised, plain, sentenceStart, joins, possessive));
            previousEnd = end;
        }
        return words;
    }

    /** The runs of capitalised words, with lower-case particles kept where they join two of them. */
    static List<List<Word>> runs(List<Word> words) {
        List<List<Word>> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean continues = !run.isEmpty() && w.joinsPrevious() && !run.get(run.size() - 1).possessive();
            if (w.capitalised()) {
                if (!continues) {
                    close(run, runs);
                }
                run.add(w);
            } else if (continues && NameWords.PARTICLES.contains(w.folded()) && joinsNextName(words, i)) {
                run.add(w);
            } else {
                close(run, runs);
            }
        }
        close(run, runs);
        return runs;
    }

    private static boolean joinsNextName(List<Word> words, int i) {
        // "von der Leyen": a particle may follow another one
        for (int j = i + 1; j < words.size() && words.get(j).joinsPrevious(); j++) {
            Word next = words.get(j);
            if (next.capitalised()) {
                return true;
            }
            if (!NameWords.PARTICLES.contains(next.folded())) {
                return false;
            }
        }
        return false;
    }

    private static void close(List<Word> run, List<List<Word>> runs) {
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
            run.clear();
        }
    }

    private static boolean stop(Word w) {
        return NameWords.STOP.contains(w.folded()) || !w.capitalised();
    }

    /** Lower case, accents and the dots of initials removed: "Élysée" and "elysee", "J.D." and "jd" compare equal. */
    static String fold(String word) {
        String s = Normalizer.normalize(word.replace('’', '\''), Normalizer.Form.NFD);
        s = ACCENTS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace(".", "");
        return s.replace("œ", "oe").replace("æ", "ae");
    }
}
