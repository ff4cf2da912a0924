package io.veille.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/**
 * Every ISO 4217 currency by code, sign and French or English name, singular and plural: CLDR's
 * names through ICU4J ("dollars des États-Unis", "Swiss francs", "₹", "HK$"), plus the everyday forms
 * of {@code currency-aliases.tsv} ("dollars américains", "pounds", "US$", "C$"). A form may mean several
 * currencies ("$" is any dollar): {@link #codes} lists them, likeliest first.
 */
public final class Currencies {

    private static final Pattern SIGN = Pattern.compile(".*\\p{Sc}.*");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** Lower-cased written form to its codes, likeliest first. */
    private static final Map<String, List<String>> CODES = new HashMap<>();
    private static final Set<String> PREFIX_FORMS = new LinkedHashSet<>();
    private static final Set<String> SUFFIX_FORMS = new LinkedHashSet<>();
    private static final Set<String> ISO_CODES = new LinkedHashSet<>();

    static {
        for (ULocale locale : new ULocale[] {ULocale.FRENCH, ULocale.ENGLISH}) {
            CurrencyDisplayNames names = CurrencyDisplayNames.getInstance(locale);
            names.nameMap().forEach((name, code) -> {
                if (!money(code)) {
                    return;
                }
                if (CODE.matcher(name).matches()) {
                    ISO_CODES.add(name);
                } else if (!name.contains("(") && !name.contains(" des ")) {
                    // "euro (1999–2002)" names a historical form nobody writes next to an amount; in
                    // "500 milliards de dollars des États-Unis" the country is the owner of the dollars
                    add(name, List.of(code), false, true);
                }
            });
            names.symbolMap().forEach((symbol, code) -> {
                if (money(code) && SIGN.matcher(symbol).matches()) {
                    add(symbol, List.of(code), true, true);
                }
            });
        }
        for (Currency c : Currency.getAvailableCurrencies()) {
            // narrow signs ("₡", "₾", "₭") the symbol table leaves as codes; "£" and "$" stay with the
            // currency the symbol table gives them, not the first of the many that also write them
            String narrow = c.getName(ULocale.ENGLISH, Currency.NARROW_SYMBOL_NAME, null);
            if (money(c.getCurrencyCode()) && narrow != null && SIGN.matcher(narrow).matches() && !CODES.containsKey(narrow.toLowerCase(Locale.ROOT))) {
                add(narrow, List.of(c.getCurrencyCode()), true, true);
            }
        }
        for (Currency c : Currency.getAvailableCurrencies()) {
            if (money(c.getCurrencyCode())) {
                ISO_CODES.add(c.getCurrencyCode());
            }
        }
        for (String[] row : WordList.rows("currency-aliases.tsv")) {
            List<String> codes = Arrays.asList(row[1].split(","));
            CODES.remove(row[0].toLowerCase(Locale.ROOT));
            add(row[0], codes, !row[2].equals("suffix"), !row[2].equals("prefix"));
        }
    }

    /**
     * Codes in X name metals, funds and test units ("or" is gold in French), not money, except the
     * CFA and CFP francs and the East Caribbean dollar.
     */
    private static boolean money(String code) {
        return !code.startsWith("X") || Set.of("XOF", "XAF", "XPF", "XCD").contains(code);
    }

    private static void add(String written, List<String> codes, boolean prefix, boolean suffix) {
        String key = written.toLowerCase(Locale.ROOT);
        CODES.merge(key, codes, (old, added) -> old.equals(added) ? old : union(old, added));
        if (prefix) {
            PREFIX_FORMS.add(key);
        }
        if (suffix) {
            SUFFIX_FORMS.add(key);
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** ISO codes, matched in capitals only ("ALL", "TOP" and "CUP" are words too). */
    private static final String CODE_ALTERNATION = WordList.exactAlternation(ISO_CODES);

    /**
     * An ISO code after a scale letter, as finance tables write amounts: "30 MUSD", "120 MEUR",
     * "MAUD 60" (millions), "500 kEUR" (thousands). Matched as written, capitals and all.
     */
    public static final String SCALED_CODE = "(?-i:[kM]" + CODE_ALTERNATION + ")";

    /** A code and the factor its scale letter stands for. */
    public record ScaledCode(String code, java.math.BigDecimal factor) {
    }

    /** The currency and factor of a scaled code ("MUSD" is millions of USD), or null. */
    public static ScaledCode scaledCode(String written) {
        if (written == null || written.length() != 4 || !ISO_CODES.contains(written.substring(1))) {
            return null;
        }
        char scale = written.charAt(0);
        return scale == 'M' ? new ScaledCode(written.substring(1), java.math.BigDecimal.valueOf(1_000_000))
                : scale == 'k' ? new ScaledCode(written.substring(1), java.math.BigDecimal.valueOf(1_000)) : null;
    }

    /** A currency written before an amount: a sign ("€", "US$", "HK$") or an ISO code ("USD", "EUR"). */
    public static final String PREFIX = "(?:" + WordList.alternation(PREFIX_FORMS) + "|" + CODE_ALTERNATION + ")";

    /** A currency written after an amount: a sign, a name ("euros", "dollars canadiens", "US dollars") or a code. */
    public static final String SUFFIX = "(?:" + WordList.alternation(SUFFIX_FORMS) + "|" + CODE_ALTERNATION + ")";

    private static final Map<String, List<String>> MINOR = new HashMap<>();

    static {
        for (String[] row : WordList.rows("minor-units.tsv")) {
            MINOR.put(row[0], Arrays.asList(row[1].split(",")));
        }
    }

    /**
     * Hundredths written on their own, after an amount ("50 cents", "197 pence"), as a regex
     * alternative; "p" only touching the number ("20p").
     */
    public static final String MINOR_UNIT = "(?:" + WordList.alternation(MINOR.keySet().stream().filter(k -> k.length() > 1).toList())
            + ")";

    /** The currencies a minor unit belongs to, likeliest first; empty when it is none. */
    public static List<String> ofMinorUnit(String written) {
        return written == null ? List.of() : MINOR.getOrDefault(written.strip().toLowerCase(Locale.ROOT), List.of());
    }

    private Currencies() {
    }

    /** The currencies a written form may mean, likeliest first; empty when it names none. */
    public static List<String> codes(String written) {
        if (written == null) {
            return List.of();
        }
        String w = written.strip().replaceAll(Numbers.SPACE + "+", " ");
        if (ISO_CODES.contains(w)) {
            return List.of(w);
        }
        String key = w.toLowerCase(Locale.ROOT);
        List<String> codes = CODES.get(key);
        if (codes == null && ISO_CODES.contains(w.toUpperCase(Locale.ROOT)) && !w.equals(key)) {
            codes = List.of(w.toUpperCase(Locale.ROOT));
        }
        return codes == null ? List.of() : codes;
    }

    /** The likeliest currency of a written form, or null. */
    public static String likeliest(String written) {
        List<String> codes = codes(written);
        return codes.isEmpty() ? null : codes.get(0);
    }

    /**
     * The currency's name as CLDR writes it in a language, singular or plural ("couronne suédoise",
     * "couronnes suédoises", "Swedish kronor"), or null when CLDR has none (a code it does not know).
     */
    public static String name(String code, String lang, boolean plural) {
        if (code == null || !CODE.matcher(code).matches()) {
            return null;
        }
        ULocale locale = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("fr") ? ULocale.FRENCH : ULocale.ENGLISH;
        String name = Currency.getInstance(code).getName(locale, Currency.PLURAL_LONG_NAME, plural ? "other" : "one", null);
        return name == null || name.equals(code) ? null : name;
    }

    /** Whether a written form is a sign ("$", "€", "HK$") rather than a name or a code. */
    public static boolean isSign(String written) {
        return written != null && SIGN.matcher(written).matches();
    }

    static List<String> forms() {
        return new ArrayList<>(CODES.keySet());
    }
}
