package io.veille.extractor.quality;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The real-page corpus rules for what is not a body (README of shared/pages): snippet presence
 * as trafilatura tests it, and title, date and author agreement for the bodies set.
 */
final class RealPageMatch {

    private static final DateTimeFormatter TRUTH_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private RealPageMatch() {
    }

    /**
     * trafilatura's normalisation ({@code re.sub(r"\s+", " ", text).strip()}): every run of what
     * Python calls whitespace (including no-break and thin spaces) becomes one space.
     */
    static String spaces(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                inSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Titles and names compare after NFKC, with every quote mark one of two, spaces collapsed, case folded. */
    static String folded(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\"“”„‟«»″〝〞＂]", "\"")
                .replaceAll("['‘’‚‛‹›′`´]", "'");
        return spaces(t).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    static boolean titleOk(String expected, String got) {
        return got != null && folded(expected).equals(folded(got));
    }

    /**
     * Same calendar day. The truth is a local time with its offset (or none, taken as UTC); an
     * extracted instant is right when its day is the truth's day in the truth's offset or in UTC
     * (a date-only value sits at midnight UTC).
     */
    static boolean dateOk(String expected, Instant got) {
        if (expected == null || got == null) {
            return false;
        }
        LocalDate day;
        ZoneOffset offset = ZoneOffset.UTC;
        try {
            var parsed = TRUTH_TIME.parse(expected.strip());
            LocalDateTime local = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.get(ChronoField.MINUTE_OF_HOUR));
            day = local.toLocalDate();
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                offset = ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS));
            }
        } catch (DateTimeParseException notATime) {
            try {
                day = LocalDate.parse(expected.strip().substring(0, 10));
            } catch (RuntimeException notADate) {
                return false;
            }
        }
        return LocalDate.ofInstant(got, offset).equals(day) || LocalDate.ofInstant(got, ZoneOffset.UTC).equals(day);
    }

    /** Each expected name appears in the byline (after the title normalisation); null when none is expected. */
    static Boolean authorsOk(List<String> expected, String byline) {
        if (expected.isEmpty()) {
            return null;
        }
        String b = folded(byline);
        return expected.stream().allMatch(name -> b.contains(folded(name)));
    }

    /** trafilatura's count for one page: tp, fn, fp over its snippets. */
    record SnippetCount(int tp, int fn, int fp, List<String> missed, List<String> kept) {
    }

    static SnippetCount snippets(List<String> with, List<String> without, String text) {
        String t = spaces(text);
        List<String> missed = with.stream().filter(w -> !t.contains(spaces(w))).toList();
        List<String> kept = without.stream().filter(w -> t.contains(spaces(w))).toList();
        return new SnippetCount(with.size() - missed.size(), missed.size(), kept.size(), missed, kept);
    }

    static String instant(Instant t) {
        return t == null ? "-" : OffsetDateTime.ofInstant(t, ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
