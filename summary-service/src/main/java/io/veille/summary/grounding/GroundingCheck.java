package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.ExtractedArticle.Fact;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

/**
 * Rejects generated text that states a number the article's facts do not back. Every number in
 * the title and items, read with its scale word, must equal the value of a MONEY, QUANTITY or
 * PERCENT fact, or the upper bound (valueEnd) of a range; every written date ("9 février 2025", "February 9") must be a day named by a DATE
 * fact or the publication day; a leftover bare number may also be a day, month or year of one of
 * those dates ("10–11 February"). Names are not checked yet (issue 4).
 */
public final class GroundingCheck {

    public GroundingResult check(Bilingual digest, List<ExtractedArticle> cited) {
        Set<BigDecimal> allowed = allowedValues(cited);
        Set<LocalDate> dates = allowedDates(cited);
        List<String> unsupported = new ArrayList<>();
        for (String lang : Bilingual.LANGUAGES) {
            DigestText text = digest.in(lang);
            collect(lang, text.title(), allowed, dates, unsupported);
            for (Digest.Item item : text.items()) {
                collect(lang, item.text(), allowed, dates, unsupported);
            }
        }
        return new GroundingResult(unsupported);
    }

    private static void collect(String lang, String text, Set<BigDecimal> allowed, Set<LocalDate> dates,
            List<String> unsupported) {
        if (text == null) {
            return;
        }
        List<DateMentions.DateMention> written = DateMentions.in(text);
        for (DateMentions.DateMention date : written) {
            boolean backed = dates.stream().anyMatch(d -> MonthDay.from(d).equals(date.day())
                    && (date.year().isEmpty() || date.year().getAsInt() == d.getYear()));
            if (!backed) {
                unsupported.add("[" + lang + "] date \"" + date.text() + "\" is not a date of the article");
            }
        }
        for (NumberMention mention : NumberMentions.in(DateMentions.without(text, written))) {
            if (!allowed.contains(mention.value())) {
                unsupported.add("[" + lang + "] \"" + mention.text() + "\" (" + mention.value().toPlainString() + ") is not a fact of the article");
            }
        }
    }

    static Set<BigDecimal> allowedValues(List<ExtractedArticle> cited) {
        Set<BigDecimal> allowed = new HashSet<>();
        for (ExtractedArticle article : cited) {
            for (Fact fact : article.facts()) {
                // a range ("entre 10 et 20 milliards") backs its upper bound as well as its lower one
                for (BigDecimal value : new BigDecimal[] {fact.value(), fact.valueEnd()}) {
                    if (value != null) {
                        allowed.add(normal(value));
                        if ("PERCENT".equals(fact.type())) {
                            // A percentage may be normalised as 0.22 or as 22.
                            allowed.add(normal(value.movePointRight(2)));
                            allowed.add(normal(value.movePointLeft(2)));
                        }
                    }
                }
                addDate(allowed, fact.date());
                addDate(allowed, fact.dateEnd());
            }
            if (article.publishedAt() != null) {
                addDate(allowed, article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            }
        }
        return allowed;
    }

    /** Every day a DATE fact names (ranges of up to 62 days spelled out) and the publication day. */
    static Set<LocalDate> allowedDates(List<ExtractedArticle> cited) {
        Set<LocalDate> dates = new HashSet<>();
        for (ExtractedArticle article : cited) {
            for (Fact fact : article.facts()) {
                Optional<LocalDate> start = day(fact.date());
                Optional<LocalDate> end = day(fact.dateEnd());
                start.ifPresent(dates::add);
                end.ifPresent(dates::add);
                if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                        && start.get().plusDays(62).isAfter(end.get())) {
                    start.get().datesUntil(end.get()).forEach(dates::add);
                }
            }
            if (article.publishedAt() != null) {
                dates.add(article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate());
            }
        }
        return dates;
    }

    private static Optional<LocalDate> day(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void addDate(Set<BigDecimal> allowed, String iso) {
        if (iso == null || iso.length() < 10) {
            return;
        }
        try {
            LocalDate date = LocalDate.parse(iso.substring(0, 10));
            allowed.add(BigDecimal.valueOf(date.getYear()));
            allowed.add(BigDecimal.valueOf(date.getMonthValue()));
            allowed.add(BigDecimal.valueOf(date.getDayOfMonth()));
        } catch (DateTimeParseException e) {
            // A date the extractor could not normalise backs nothing.
        }
    }

    private static BigDecimal normal(BigDecimal value) {
        return NumberMentions.normal(value);
    }
}
