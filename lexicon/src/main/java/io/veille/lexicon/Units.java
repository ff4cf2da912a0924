package io.veille.lexicon;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The units of counted and measured quantities ("1 gigawatt", "100 000 jeunes", "1,500 actors"),
 * read from {@code units.tsv}: each written form, French or English, stands for one
 * language-neutral key ("young-people"), which is what a fact keeps, and each key has its French and
 * English forms, which is what a reader is shown ("100 000 jeunes", "100,000 young people").
 */
public final class Units {

    /** How one language writes a unit. */
    private record Forms(String singular, String plural) {
    }

    private static final Map<String, String> KEYS = new HashMap<>();
    private static final Map<String, Map<String, Forms>> NAMES = new HashMap<>();
    private static final Set<String> WRITTEN = new LinkedHashSet<>();

    static {
        for (String[] row : WordList.rows("units.tsv")) {
            String key = row[0];
            NAMES.put(key, Map.of("en", forms(row[1]), "fr", forms(row[2])));
            for (int i = 1; i < row.length; i++) {
                for (String form : row[i].split("\\|")) {
                    KEYS.put(form.toLowerCase(Locale.ROOT), key);
                    WRITTEN.add(form);
                }
            }
        }
    }

    /** Every written form of a unit, as a regex alternative (use case-insensitively, before a non-letter). */
    public static final String ANY = "(?:" + WordList.alternation(WRITTEN) + ")";

    private Units() {
    }

    private static Forms forms(String column) {
        String[] f = column.split("\\|");
        return new Forms(f[0], f.length > 1 ? f[1] : f[0]);
    }

    /** The key of a written unit ("jeunes" and "young people" are "young-people"), or null. */
    public static String key(String written) {
        return written == null ? null : KEYS.get(written.strip().replaceAll(Numbers.SPACE + "+", " ").toLowerCase(Locale.ROOT));
    }

    /**
     * The unit as a reader of the language writes it after the value: French takes the plural from
     * two on ("1,5 million", "2 emplois"), English from anything but one. A key this lexicon does
     * not know is shown as it is.
     */
    public static String written(String key, BigDecimal value, String lang) {
        Map<String, Forms> byLang = key == null ? null : NAMES.get(key);
        if (byLang == null) {
            return key;
        }
        boolean french = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr");
        Forms f = byLang.get(french ? "fr" : "en");
        boolean plural = value == null || (french ? value.abs().compareTo(BigDecimal.valueOf(2)) >= 0
                : value.abs().compareTo(BigDecimal.ONE) != 0);
        return plural ? f.plural() : f.singular();
    }
}
