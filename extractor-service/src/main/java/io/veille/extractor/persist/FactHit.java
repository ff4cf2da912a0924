package io.veille.extractor.persist;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored fact with the article it was read from. */
public record FactHit(long id, String type, String text, int start, int end, BigDecimal value, String currency,
        String unit, String date, String dateEnd, String qualifier, String speaker, String quote,
        String articleId, String articleUrl, String articleTitle, Instant articlePublishedAt, String articleLang,
        BigDecimal valueEnd) {
}
