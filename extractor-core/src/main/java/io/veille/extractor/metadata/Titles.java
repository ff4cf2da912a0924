package io.veille.extractor.metadata;

import java.util.List;
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

    private Titles() {
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
