package io.veille.extractor.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import io.veille.support.api.ProblemException;

/** Query parameters of the search endpoints, checked so that a bad value is a 400 problem naming it. */
final class QueryParams {

    static final int MAX_TERM_LENGTH = 200;

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");

    private QueryParams() {
    }

    /** The constant of {@code values} named by {@code raw} in any case, or null when absent. */
    static <E extends Enum<E>> String oneOf(String name, String raw, E[] values) {
        if (isAbsent(raw)) {
            return null;
        }
        String upper = raw.trim().toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(upper)) {
                return value.name();
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(values) + ", was '" + raw + "'");
    }

    /** A search term on one line (line breaks become spaces), or null when absent. */
    static String term(String name, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        String term = raw.replaceAll("\\R", " ").strip();
        if (term.length() > MAX_TERM_LENGTH) {
            throw ProblemException.badRequest(name + " must be at most " + MAX_TERM_LENGTH + " characters");
        }
        return term;
    }

    static String currency(String raw) {
        String code = code("currency", raw, CURRENCY, "an ISO 4217 code such as EUR");
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    static String language(String raw) {
        String code = code("lang", raw, LANGUAGE, "an ISO 639 code such as fr");
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    /** Rejects pages whose first row would lie beyond what an int offset can address. */
    static void requireAddressable(int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page " + page + " of size " + size + " is out of range");
        }
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
