package io.veille.extractor.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamps pages put in metadata (ISO-8601 with or without offset or time, with a
 * space instead of the T, RFC 1123) and the dates in URLs ("/2025/02/10/", "2025-02-10").
 * Times without an offset are taken as UTC: the day is what matters for facts.
 */
public final class Timestamps {

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)(20\\d{2}|199\\d)[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern URL_NAMED_MONTH = Pattern.compile(
            "/(20\\d{2}|199\\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\\d|3[01])/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_COMPACT = Pattern.compile(
            "(?<![\\d])(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final java.util.List<String> MONTH_KEYS =
            java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private Timestamps() {
    }

    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        s = COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            // next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            // next form
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc) {
            return null;
        }
    }

    /** The date written in a URL's path, at midnight UTC, or null. */
    public static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        Matcher named = URL_NAMED_MONTH.matcher(url);
        if (named.find()) {
            return day(named.group(1), MONTH_KEYS.indexOf(named.group(2).toLowerCase(java.util.Locale.ROOT)) + 1, named.group(3));
        }
        Matcher compact = URL_COMPACT.matcher(url);
        if (compact.find()) {
            return day(compact.group(1), Integer.parseInt(compact.group(2)), compact.group(3));
        }
        return null;
    }

    private static Instant day(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
