package io.veille.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one reader of the lexicon's data: tab-separated rows of a resource next to this class, '#'
 * starting a comment. A missing or empty list is refused, so a packaging slip fails loudly
 * instead of reading no currency at all.
 */
final class WordList {

    private WordList() {
    }

    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource " + resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    rows.add(line.split("\t"));
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
     * The written forms as one regex alternative, longest first (so "milliards" wins over
     * "milliard"), each quoted, inner spaces matching any space a CMS writes.
     */
    static String alternation(Collection<String> forms) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an empty group of words");
        }
        return forms.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(WordList::quoted).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static String quoted(String form) {
        String[] words = form.split(" ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                s.append(Numbers.SPACE).append('+');
            }
            s.append(Pattern.quote(words[i]));
        }
        return s.toString();
    }
}
