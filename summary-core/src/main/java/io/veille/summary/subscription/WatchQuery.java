package io.veille.summary.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A watch's search query: words and "quoted phrases" that must all appear, -words and -"phrases"
 * that must not, each as whole words of the folded title, text and entity names (case and accents
 * ignored). At most {@link Limits#MAX_QUERY_CHARS} characters and {@link Limits#MAX_QUERY_TERMS}
 * terms, so no watch makes every article slow to tag.
 */
public final class WatchQuery {

    /** One word or phrase, folded, with the pattern that finds it. */
    public record Term(String text, boolean excluded, Pattern pattern) {

        @Override
        public String toString() {
            return (excluded ? "-" : "") + (text.contains(" ") ? "\"" + text + "\"" : text);
        }
    }

    private static final WatchQuery EMPTY = new WatchQuery("", List.of());

    private final String source;
    private final List<Term> terms;

    private WatchQuery(String source, List<Term> terms) {
        this.source = source;
        this.terms = List.copyOf(terms);
    }

    /**
     * @param query e.g. {@code mistral "data centre" -football -"coupe du monde"}; blank is the empty query
     * @throws IllegalArgumentException with a message fit for a client: what is wrong and where
     */
    public static WatchQuery parse(String query) {
        if (query == null || query.isBlank()) {
            return EMPTY;
        }
        if (query.length() > Limits.MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query has " + query.length() + " characters; at most " + Limits.MAX_QUERY_CHARS);
        }
        List<Term> terms = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            if (Character.isWhitespace(query.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean excluded = query.charAt(i) == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1));
            if (excluded) {
                i++;
            }
            String text;
            if (query.charAt(i) == '"') {
                int close = query.indexOf('"', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("query: the phrase opened at character " + (i + 1) + " is not closed");
                }
                text = query.substring(i + 1, close);
                i = close + 1;
                if (Folding.fold(text).isEmpty()) {
                    throw new IllegalArgumentException("query: empty phrase at character " + (start + 1));
                }
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end))) {
                    if (query.charAt(end) == '"') {
                        throw new IllegalArgumentException("query: a quote inside a word at character " + (end + 1)
                                + "; quote whole phrases: \"data centre\"");
                    }
                    end++;
                }
                text = query.substring(i, end);
                i = end;
            }
            String folded = Folding.fold(text);
            Pattern pattern = Folding.anyWholeWord(List.of(folded));
            if (pattern == null || !folded.codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue; // punctuation alone ("&", "-") matches nothing and is not an error
            }
            if (terms.size() == Limits.MAX_QUERY_TERMS) {
                throw new IllegalArgumentException("query has more than " + Limits.MAX_QUERY_TERMS + " terms");
            }
            terms.add(new Term(folded, excluded, pattern));
        }
        return new WatchQuery(query.strip(), terms);
    }

    /** @param searchable an article's {@link Folding#searchable} text */
    public boolean matches(String searchable) {
        for (Term term : terms) {
            if (term.pattern().matcher(searchable).find() == term.excluded()) {
                return false;
            }
        }
        return true;
    }

    /** Whether some word or phrase must appear: a query of exclusions alone matches nearly everything. */
    public boolean hasRequiredTerm() {
        return terms.stream().anyMatch(t -> !t.excluded());
    }

    public List<Term> terms() {
        return terms;
    }

    /** The query as written, stripped. */
    public String text() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WatchQuery other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
