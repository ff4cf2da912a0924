package io.veille.extractor.metadata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a page's site names itself: its declared name (og:site_name, publisher) and its host's own
 * label. Titles drop a segment that names the site; bylines skip an author that does, since a
 * publisher credited as author is not a person.
 */
final class SiteName {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Below this, "contains" matches by chance ("dw" in "sandwich"); the names must then be equal. */
    private static final int MIN_CONTAINED = 4;

    private final String name;
    private final String label;

    /**
     * @param name the page's name for its site, if any
     * @param host the page's host, if known ("www.boersen-zeitung.de")
     */
    SiteName(String name, String host) {
        this.name = name;
        this.label = hostLabel(host);
    }

    /** Whether a piece of text names this site rather than a headline or a person. */
    boolean isNamedBy(String text) {
        return text != null && (namedBy(text, true) || namedBy(text, false));
    }

    boolean isUnknown() {
        return name == null && label == null;
    }

    private boolean namedBy(String segment, boolean spellUmlauts) {
        String s = letters(segment, spellUmlauts);
        if (s.isEmpty()) {
            return false;
        }
        if (name != null && alike(s, letters(name, spellUmlauts))) {
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
    private static String hostLabel(String host) {
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
