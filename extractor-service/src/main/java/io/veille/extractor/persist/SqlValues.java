package io.veille.extractor.persist;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Conversions of the values a native query returns, whose Java types depend on the driver and Hibernate. */
final class SqlValues {

    private SqlValues() {
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static int intValue(Object value) {
        return ((Number) value).intValue();
    }

    static BigDecimal decimal(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d;
            case Number n -> new BigDecimal(n.toString());
            default -> throw new IllegalStateException("not a number: " + value.getClass());
        };
    }

    /** The term for a SQL LIKE pattern, its wildcards taken literally (escape character: backslash). */
    static String likeLiteral(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
