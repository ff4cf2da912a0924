package io.veille.lexicon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scale words ("milliard", "bn", "Md", "lakh", "k"), read from {@code scales.tsv}. "billion" is a
 * thousand millions in English and a million millions in French; a text of unknown language reads it
 * the English way, as news in other languages mostly borrow it from English.
 */
public final class Scales {

    /** A scale word's kind: a letter scale ("m", "k", "g") counts only next to a number or a currency sign. */
    public enum Kind { WORD, SHORT, LETTER }

    private record Scale(int powerOfTen, Kind kind) {
    }

    private static final Map<String, Scale> ANY_LANGUAGE = new HashMap<>();
    private static final Map<String, Map<String, Scale>> BY_LANGUAGE = new HashMap<>();
    private static final List<String> WORDS = new ArrayList<>();
    private static final List<String> ALL = new ArrayList<>();

    static {
        for (String[] row : WordList.rows("scales.tsv")) {
            Scale s = new Scale(Integer.parseInt(row[1]), Kind.valueOf(row[3].toUpperCase(Locale.ROOT)));
            if (row[2].equals("*")) {
                ANY_LANGUAGE.put(row[0], s);
            } else {
                BY_LANGUAGE.computeIfAbsent(row[2], l -> new HashMap<>()).put(row[0], s);
            }
            ALL.add(row[0]);
            if (s.kind() == Kind.WORD) {
                WORDS.add(row[0]);
            }
        }
    }

    /** Every scale word, abbreviation and letter, as a regex alternative (use case-insensitively). */
    public static final String ANY = "(?:" + WordList.alternation(ALL) + ")";

    /** The scale words spelled out ("millions", "thousand", "crore"): the ones a spelled-out number takes. */
    public static final String SPELLED = "(?:" + WordList.alternation(WORDS) + ")";

    private Scales() {
    }

    /** The factor a scale word stands for in a language ("fr", "en", or null), or null when it is none. */
    public static BigDecimal factor(String written, String lang) {
        Scale s = find(written, lang);
        return s == null ? null : BigDecimal.TEN.pow(s.powerOfTen());
    }

    public static Kind kind(String written) {
        Scale s = find(written, "en");
        return s == null ? null : s.kind();
    }

    private static Scale find(String written, String lang) {
        if (written == null) {
            return null;
        }
        String key = written.toLowerCase(Locale.ROOT).strip();
        Scale s = ANY_LANGUAGE.get(key);
        if (s != null) {
            return s;
        }
        String language = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
        return BY_LANGUAGE.getOrDefault(language, Map.of()).get(key);
    }
}
