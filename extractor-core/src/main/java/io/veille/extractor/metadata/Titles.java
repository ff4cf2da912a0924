package io.veille.extractor.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops what a CMS writes around a headline: the site's name before or after it ("Title | Site",
 * "Site - Title", "タイトル：サイト"), then a date after that ("Title – DW – 13.06.2023"). A segment
 * is the site's when it reads as its {@link SiteName}.
 */
final class Titles {

    /** Spaced separators of Latin-script titles, then the full-width ones CJK titles use unspaced. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " — ", " – ", " :: ", " · ", " » ",
            "｜", "：", "ㅣ");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    /** Site name, then date, then a second site name: more layers than that are the headline's own. */
    private static final int MAX_PASSES = 3;

    /** Quote marks differ between layers of one headline („…“ in h1, "…" in og:title): they do not count. */
    private static final Pattern QUOTES = Pattern.compile("[\"“”„‟«»‹›'‘’‚‛″〝〞＂]");
    /** What separates a headline from a kicker, section or site name written around it. */
    private static final Pattern AFFIX_SEPARATOR = Pattern.compile("^\\s*[-–—|·»]");

    private Titles() {
    }

    /**
     * The first layer's headline, unless a later layer reads it without a section or site name
     * that the first carries after a separator ("Headline - Section", "Section | Headline"): what
     * the layers share is the headline. A kicker after a colon ("Kicker: Headline") stays, since
     * h1 elements often print it apart while it belongs to the headline.
     *
     * @param candidates cleaned headlines in order of preference; null or blank for absent layers
     */
    static String agreed(List<String> candidates) {
        List<String> present = candidates.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (present.isEmpty()) {
            return null;
        }
        String chosen = present.get(0);
        String key = key(chosen);
        for (String other : present.subList(1, present.size())) {
            if (wraps(key, key(other))) {
                return other;
            }
        }
        return chosen;
    }

    /** Whether {@code longer} is {@code core} with a separated affix before or after it. */
    private static boolean wraps(String longer, String core) {
        if (core.length() < 8 || longer.length() <= core.length()) {
            return false;
        }
        if (longer.startsWith(core)) {
            return AFFIX_SEPARATOR.matcher(longer.substring(core.length())).find();
        }
        if (longer.endsWith(core)) {
            String before = new StringBuilder(longer.substring(0, longer.length() - core.length())).reverse().toString();
            return AFFIX_SEPARATOR.matcher(before).find();
        }
        return false;
    }

    private static String key(String title) {
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
        return QUOTES.matcher(t).replaceAll("").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param siteName the page's name for its site, if any
     * @param host     the page's host, if known ("www.boersen-zeitung.de")
     */
    static String clean(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        SiteName site = new SiteName(siteName, host);
        String t = title.replaceAll("\\s+", " ").strip();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String stripped = stripOnce(t, site);
            if (stripped.equals(t)) {
                break;
            }
            t = stripped;
        }
        return t.isEmpty() ? null : t;
    }

    private static String stripOnce(String t, SiteName site) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (DATE_LIKE.matcher(tail).matches() || site.isNamedBy(tail)
                        || site.isUnknown() && tail.length() < head.length() / 2) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0 && site.isNamedBy(t.substring(0, first))) {
                return t.substring(first + sep.length()).strip();
            }
        }
        return t;
    }

}
