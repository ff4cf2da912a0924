package io.veille.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The one reader of the lexicon's data: tab-separated rows of a resource next to this class, '#'
 * starting a comment. A missing or empty list is refused, so a packaging slip fails loudly
 * instead of reading no currency at all.
 */
final class WordList {

    private WordList() {
    }

    static List<String[]> rows(String resource) {
        return lines(resource).stream().map(line -> line.split("\t")).toList();
    }

    /** The non-comment lines of a resource; a {@code .gz} resource is read through gzip. */
    static List<String> lines(String resource) {
        List<String> rows = new ArrayList<>();
        try (InputStream raw = WordList.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("lexicon resource " + resource + " is missing");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    rows.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("lexicon resource " + resource + " has no rows");
        }
        return rows;
    }

    /**
     * The written forms as one case-insensitive regex that matches exactly what trying them longest
     * first would ("milliards" wins over "milliard"), each quoted, inner spaces matching any space a
     * CMS writes. The forms are merged into a prefix tree, so the engine reads each character once
     * instead of trying hundreds of currency names at every position of an article.
     */
    static String alternation(Collection<String> forms) {
        return tree(forms, true);
    }

    /** The same, matched exactly as written: ISO codes in capitals ("ALL", "TOP" and "CUP" are words too). */
    static String exactAlternation(Collection<String> forms) {
        return tree(forms, false);
    }

    private static String tree(Collection<String> forms, boolean ignoreCase) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an empty group of words");
        }
        PrefixTree tree = new PrefixTree();
        forms.forEach(form -> tree.add(ignoreCase ? fold(form) : form));
        // the lookahead on the first characters fails most positions of a text in one test
        return (ignoreCase ? "(?iu:" : "(?-i:") + tree.firstCharacters() + tree.regex() + ")";
    }

    /** Lower case, one space between words: forms that differ only so match the same text. */
    private static String fold(String form) {
        StringBuilder s = new StringBuilder();
        for (String word : form.strip().split(" +")) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            word.codePoints().map(Character::toLowerCase).forEach(s::appendCodePoint);
        }
        return s.toString();
    }

    /**
     * Forms sharing a prefix share a branch. Only forms that are prefixes of one another can match
     * at one position, and the tree tries the longer of those first (an ending is optional and
     * greedy), which is the longest-first order of a plain alternation.
     */
    private static final class PrefixTree {

        private final Map<Integer, PrefixTree> next = new TreeMap<>();
        private boolean endsForm;

        void add(String form) {
            PrefixTree node = this;
            for (int cp : form.codePoints().toArray()) {
                node = node.next.computeIfAbsent(cp, c -> new PrefixTree());
            }
            node.endsForm = true;
        }

        /** A lookahead on the characters a form can start with, or nothing when the empty form is one. */
        String firstCharacters() {
            if (endsForm) {
                return "";
            }
            StringBuilder c = new StringBuilder("(?=[");
            next.keySet().forEach(cp -> c.append(cp == ' ' ? Numbers.SPACE.substring(1, Numbers.SPACE.length() - 1)
                    : String.format("\\x{%x}", cp)));
            return c.append("])").toString();
        }

        String regex() {
            List<String> branches = new ArrayList<>();
            next.forEach((cp, child) -> branches.add(token(cp) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String choice = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return endsForm ? "(?:" + choice + ")?" : choice;
        }

        private static String token(int cp) {
            if (cp == ' ') {
                return Numbers.SPACE + "+";
            }
            String c = Character.toString(cp);
            return Character.isLetterOrDigit(cp) ? c : Pattern.quote(c);
        }
    }
}
