package io.veille.extractor.metadata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Drops what a CMS writes around a headline: the site's name before or after it ("Title | Site",
 * "Site - Title", "タイトル：サイト"), then a date after that ("Title – DW – 13.06.2023"). A segment
 * is the site's when it reads like one of the page's site names or its host's own label.
 */
final class Titles {

    /** Spaced separators of Latin-script titles, then the full-width ones CJK titles use unspaced. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " — ", " – ", " :: ", " · ", " » ",
            "｜", "：", "ㅣ");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Site name, then date, then a second site name: more layers than that are the headline's own. */
    private static final int MAX_PASSES = 3;
    /** Below this, "contains" matches by chance ("dw" in "sandwich"); the names must then be equal. */
    private static final int MIN_CONTAINED = 4;

    private Titles() {
    }

    /**
     * @param siteNames the page's name for its site, if any
     * @param host      the page's host, if known ("www.boersen-zeitung.de")
     */
    static String clean(String title, String siteName, String host) {
        if (title == null) {
            return null;
        }
        String label = hostLabel(host);
        String t = title.replaceAll("\\s+", " ").strip();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String stripped = stripOnce(t, siteName, label);
            if (stripped.equals(t)) {
                break;
            }
            t = stripped;
        }
        return t.isEmpty() ? null : t;
    }

    private static String stripOnce(String t, String siteName, String label) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                boolean anonymous = siteName == null && label == null;
                if (DATE_LIKE.matcher(tail).matches() || isSite(tail, siteName, label)
                        || anonymous && tail.length() < head.length() / 2) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0 && isSite(t.substring(0, first), siteName, label)) {
                return t.substring(first + sep.length()).strip();
            }
        }
        return t;
    }

    private static boolean isSite(String segment, String siteName, String label) {
        return isSite(segment, siteName, label, true) || isSite(segment, siteName, label, false);
    }

    private static boolean isSite(String segment, String siteName, String label, boolean spellUmlauts) {
        String s = letters(segment, spellUmlauts);
        if (s.isEmpty()) {
            return false;
        }
        if (siteName != null && alike(s, letters(siteName, spellUmlauts))) {
            return true;
        }
        // A host label is short ("dw", "ntv"): it names the site when the segment is it or starts with it.
        return label != null && (s.equals(label) || s.startsWith(label) && s.length() > label.length());
    }

    /** Equal, one inside the other, or one letter apart ("Börsen-Zeitung", "boersen-zeitung"). */
    private static boolean alike(String a, String b) {
        if (b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return a.equals(b) || shorter.length() >= MIN_CONTAINED && longer.contains(shorter)
                || shorter.length() >= 8 && longer.length() - shorter.length() <= 1 && oneEditApart(shorter, longer);
    }

    private static boolean oneEditApart(String shorter, String longer) {
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return Objects.equals(shorter.substring(i + (shorter.length() == longer.length() ? 1 : 0)),
                longer.substring(i + 1));
    }

    /**
     * Lower-case letters and digits without accents: what two spellings of one name share. Host
     * names write an umlaut either spelled out (boersen-zeitung.de for "Börsen-Zeitung") or bare
     * (haberturk.com for "Habertürk"), so both foldings are tried.
     */
    private static String letters(String s, boolean spellUmlauts) {
        String lower = s.toLowerCase(Locale.ROOT);
        String spelled = spellUmlauts
                ? lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                : lower;
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        return NOT_LETTER_OR_DIGIT.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }

    /** The host's own name: "boersen-zeitung" of www.boersen-zeitung.de, "ntv" of www.ntv.com.tr. */
    static String hostLabel(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int end = labels.length - 1;
        if (end > 1 && List.of("com", "co", "org", "net", "gov", "ac", "or", "ne", "edu").contains(labels[end - 1])) {
            end--;
        }
        String label = end > 0 ? letters(labels[end - 1], false) : null;
        return label == null || label.length() < 2 ? null : label;
    }
}
