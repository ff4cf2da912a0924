package io.veille.support.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Query parameters of every service's endpoints, read as strings and checked here so that a bad
 * value is a 400 problem naming the parameter (JAX-RS answers a non-number for an int with 404).
 * An absent or blank value is the caller's default, or null.
 */
public final class QueryParams {

    public static final int MAX_TERM_LENGTH = 200;

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

    private QueryParams() {
    }

    /** An integer between min and max, or fallback when absent. */
    public static int integer(String name, String raw, int fallback, int min, int max) {
        return (int) longInteger(name, raw, fallback, min, max);
    }

    /** A long integer between min and max (a sequence number, an offset), or fallback when absent. */
    public static long longInteger(String name, String raw, long fallback, long min, long max) {
        if (isAbsent(raw)) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer, was '" + raw + "'");
        }
        if (value < min || value > max) {
            throw ProblemException.badRequest(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Rejects pages whose first row would lie beyond what an int offset can address. */
    public static void requireAddressable(int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page " + page + " of size " + size + " is out of range");
        }
    }

    /** An ISO-8601 instant, date-time with offset, or date (its start in UTC); null when absent. */
    public static Instant instant(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String value = raw.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.badRequest(name + " must be an ISO-8601 date or date-time such as"
                        + " 2025-02-10T00:00:00Z, was '" + raw + "'");
            }
        }
    }

    /** The constant of {@code values} named by {@code raw} in any case, or null when absent. */
    public static <E extends Enum<E>> E oneOf(String name, String raw, E[] values) {
        if (isAbsent(raw)) {
            return null;
        }
        String upper = raw.trim().toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(upper)) {
                return value;
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(values) + ", was '" + raw + "'");
    }

    /** The name of the constant of {@code values} named by {@code raw}, or null when absent. */
    public static <E extends Enum<E>> String constantName(String name, String raw, E[] values) {
        E constant = oneOf(name, raw, values);
        return constant == null ? null : constant.name();
    }

    /** One of {@code allowed} (lower case) in any case, or null when absent. */
    public static String oneOf(String name, String raw, List<String> allowed) {
        if (isAbsent(raw)) {
            return null;
        }
        String lower = raw.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ProblemException.badRequest(name + " must be one of " + allowed + ", was '" + raw + "'");
        }
        return lower;
    }

    /** A search term on one line (line breaks become spaces), or null when absent. */
    public static String term(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String term = raw.replaceAll("\\R", " ").strip();
        if (term.length() > MAX_TERM_LENGTH) {
            throw ProblemException.badRequest(name + " must be at most " + MAX_TERM_LENGTH + " characters");
        }
        return term;
    }

    /** An ISO 4217 code in upper case, or null when absent. */
    public static String currency(String name, String raw) {
        String code = code(name, raw, CURRENCY, "an ISO 4217 code such as EUR");
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    /** An ISO 639 code in lower case, or null when absent. */
    public static String language(String name, String raw) {
        String code = code(name, raw, LANGUAGE, "an ISO 639 code such as fr");
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    private static String code(String name, String raw, Pattern pattern, String expected) {
        if (isAbsent(raw)) {
            return null;
        }
        String value = raw.trim();
        if (!pattern.matcher(value).matches()) {
            throw ProblemException.badRequest(name + " must be " + expected + ", was '" + raw + "'");
        }
        return value;
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }
}
