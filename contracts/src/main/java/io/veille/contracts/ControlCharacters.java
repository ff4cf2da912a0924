package io.veille.contracts;

/**
 * C0 control characters other than tab, line feed and carriage return. They carry no text, and
 * PostgreSQL refuses NUL in a text column: a page or an article holding them is cleaned, never
 * lost. The extractor strips them from pages; the summary service blanks them in what it reads,
 * so an article from any producer can be stored.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without them: for input, before anything counts offsets into it. */
    public static String strip(String s) {
        if (s == null || clean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.chars().filter(c -> !isControl(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The text with each one turned into a space: for output whose offsets (fact and entity spans) must not move. */
    public static String blank(String s) {
        if (s == null || clean(s)) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (isControl(chars[i])) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Every text of the event blanked, for what a character reference in the page (&amp;#1;) let through. */
    public static ExtractedArticle blankAll(ExtractedArticle a) {
        return new ExtractedArticle(a.schemaVersion(), a.articleId(), a.storyId(), a.url(), a.sourceId(), a.lang(),
                blank(a.title()), blank(a.byline()), a.publishedAt(), blank(a.text()),
                a.entities().stream().map(e -> new ExtractedArticle.Entity(blank(e.name()), e.type(),
                        e.aliases().stream().map(ControlCharacters::blank).toList(), e.mentions())).toList(),
                a.facts().stream().map(f -> new Fact(f.type(), blank(f.text()), f.start(), f.end(), f.value(),
                        f.currency(), blank(f.unit()), f.date(), f.dateEnd(), blank(f.qualifier()), blank(f.speaker()),
                        blank(f.quote()), f.valueEnd())).toList(),
                a.truncation(), a.copyOf(), a.media() == null ? null
                        : new ExtractedArticle.Media(blank(a.media().image()), blank(a.media().section()), a.media().modifiedAt()));
    }

    private static boolean clean(String s) {
        return s.chars().noneMatch(ControlCharacters::isControl);
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
