package io.veille.contracts;

/** Kafka topic names and dead-letter header names shared by every service and its tests. */
public final class Topics {

    public static final String ARTICLES_RAW = "news.articles.raw";
    public static final String ARTICLES_EXTRACTED = "news.articles.extracted";
    public static final String DIGESTS_FR = "news.digests.fr";
    public static final String DIGESTS_EN = "news.digests.en";

    /** Headers a dead-letter record carries next to the untouched original key and value. */
    public static final String DLQ_HEADER_EXCEPTION = "veille-dlq-exception";
    public static final String DLQ_HEADER_REASON = "veille-dlq-reason";
    public static final String DLQ_HEADER_STAGE = "veille-dlq-stage";
    public static final String DLQ_HEADER_ATTEMPTS = "veille-dlq-attempts";
    /** Set, to the original value's size in bytes, on a dead letter whose value was too large to keep. */
    public static final String DLQ_HEADER_VALUE_DROPPED = "veille-dlq-value-dropped";
    /** Set by {@code ./veille dlq replay} on a record put back on its topic: {@code <dlq topic>/<partition>/<offset>}. */
    public static final String DLQ_HEADER_REPLAYED_FROM = "veille-dlq-replayed-from";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    public static String digests(String lang) {
        return switch (lang) {
            case "fr" -> DIGESTS_FR;
            case "en" -> DIGESTS_EN;
            default -> throw new IllegalArgumentException("no digest topic for language " + lang);
        };
    }
}
