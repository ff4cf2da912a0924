package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.veille.contracts.Digest;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.ExtractedArticle.Fact;
import io.veille.summary.digest.Bilingual;
import io.veille.summary.digest.DigestText;

/**
 * Rejects generated text that states a number the article's facts do not back. Every number in
 * the title and items, read with its scale word, must equal the value of a MONEY, QUANTITY or
 * PERCENT fact, or a day, month or year of a DATE fact or of the publication date. Names are not
 * checked yet (issue 4).
 */
public final class GroundingCheck {

    public GroundingResult check(Bilingual digest, List<ExtractedArticle> cited) {
        Set<BigDecimal> allowed = allowedValues(cited);
        List<String> unsupported = new ArrayList<>();
        for (String lang : Bilingual.LANGUAGES) {
            DigestText text = digest.in(lang);
            collect(lang, text.title(), allowed, unsupported);
            for (Digest.Item item : text.items()) {
                collect(lang, item.text(), allowed, unsupported);
            }
        }
        return new GroundingResult(unsupported);
    }

    private static void collect(String lang, String text, Set<BigDecimal> allowed, List<String> unsupported) {
        for (NumberMention mention : NumberMentions.in(text)) {
            if (!allowed.contains(mention.value())) {
                unsupported.add("[" + lang + "] \"" + mention.text() + "\" (" + mention.value().toPlainString() + ") is not a fact of the article");
            }
        }
    }

    static Set<BigDecimal> allowedValues(List<ExtractedArticle> cited) {
        Set<BigDecimal> allowed = new HashSet<>();
        for (ExtractedArticle article : cited) {
            for (Fact fact : article.facts()) {
                if (fact.value() != null) {
                    allowed.add(normal(fact.value()));
                    if ("PERCENT".equals(fact.type())) {
                        // A percentage may be normalised as 0.22 or as 22.
                        allowed.add(normal(fact.value().movePointRight(2)));
                        allowed.add(normal(fact.value().movePointLeft(2)));
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
