package io.veille.summary.delivery;

import java.util.Locale;

/** Digest text and citations are untrusted: everything put into an e-mail's HTML goes through here. */
final class HtmlText {

    private HtmlText() {
    }

    /** Text content or a quoted attribute value: the five characters HTML gives a meaning to are escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Only http and https addresses become links; anything else (javascript:, data:) stays text. */
    static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** A single line: control characters (a newline in a subject would start a new header) become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").replaceAll(" {2,}", " ").strip();
    }
}
