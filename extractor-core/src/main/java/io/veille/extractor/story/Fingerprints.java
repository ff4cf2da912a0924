package io.veille.extractor.story;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.veille.extractor.entity.Entity;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.extraction.Extraction;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * Builds an article's {@link Fingerprint} from its extraction. Only what survives translation is
 * kept: canonical entity names (folded), amounts in currency units with their ISO currency, and
 * full ISO days (a range counts each of its days, up to a month).
 */
public final class Fingerprints {

    static final int SHINGLE_SIZE = 3;
    /** Fewer shingles than this and a SimHash says little: such texts are matched on facts only. */
    static final int MIN_SHINGLES_FOR_SIMHASH = 20;
    private static final int MAX_RANGE_DAYS = 31;

    private final Duration lookBack;
    private final Duration window;

    /**
     * @param lookBack how far before its publication a named day still anchors an article
     *                 (a piece published weeks after an event is about the event)
     * @param window   how far after its publication a named day anchors it
     */
    public Fingerprints(Duration lookBack, Duration window) {
        this.lookBack = lookBack;
        this.window = window;
    }

    /**
     * @param publishedAt the article's publication time, or when it was fetched if it states none
     */
    public Fingerprint of(String articleId, String lang, String title, Instant publishedAt, Extraction extraction) {
        Set<String> features = new HashSet<>();
        for (Entity entity : extraction.entities()) {
            if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORG || entity.type() == EntityType.LOC) {
                String name = Shingles.fold(entity.name());
                if (!name.isEmpty()) {
                    features.add(Fingerprint.ENTITY + name);
                }
            }
        }
        Set<LocalDate> days = new TreeSet<>();
        for (Fact fact : extraction.facts()) {
            if (fact.type() == FactType.MONEY && fact.value() != null && fact.currency() != null) {
                features.add(money(fact.value(), fact.currency()));
            } else if (fact.type() == FactType.DATE) {
                days.addAll(days(fact.date(), fact.dateEnd()));
            }
        }
        days.forEach(d -> features.add(Fingerprint.DATE + d));

        LocalDate published = publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        TreeSet<LocalDate> anchors = new TreeSet<>();
        anchors.add(published);
        LocalDate earliest = published.minusDays(lookBack.toDays());
        LocalDate latest = published.plusDays(window.toDays());
        days.stream().filter(d -> !d.isBefore(earliest) && !d.isAfter(latest)).forEach(anchors::add);

        List<String> shingles = Shingles.of(extraction.text(), SHINGLE_SIZE);
        Long simHash = new HashSet<>(shingles).size() >= MIN_SHINGLES_FOR_SIMHASH ? SimHash.of(new HashSet<>(shingles)) : null;
        return new Fingerprint(articleId, lang, title, publishedAt, simHash, features, anchors);
    }

    static String money(BigDecimal value, String currency) {
        return Fingerprint.MONEY + value.stripTrailingZeros().toPlainString() + " " + currency.toUpperCase(java.util.Locale.ROOT);
    }

    /** Full days only: "2025-02" or "2030" name no event day. */
    static List<LocalDate> days(String date, String dateEnd) {
        LocalDate start = day(date);
        if (start == null) {
            return List.of();
        }
        LocalDate end = day(dateEnd);
        if (end == null || end.isBefore(start) || end.isAfter(start.plusDays(MAX_RANGE_DAYS))) {
            return List.of(start);
        }
        return start.datesUntil(end.plusDays(1)).toList();
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
