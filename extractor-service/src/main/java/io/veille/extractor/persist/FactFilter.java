package io.veille.extractor.persist;

import java.time.Instant;

/**
 * What GET /api/v1/facts asks for; null means "any".
 *
 * @param type     MONEY, DATE, QUANTITY, PERCENT or QUOTE
 * @param entity   a canonical name or alias of an entity the fact's article mentions (any case, any accents)
 * @param since    the article was published at or after this instant
 * @param currency ISO 4217 code, upper case
 * @param lang     the article's language
 */
public record FactFilter(String type, String entity, Instant since, String currency, String lang) {
}
