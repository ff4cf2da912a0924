package io.veille.extractor.quality;

import java.math.BigDecimal;

/**
 * A fact the extractor must find on a golden page. MONEY carries value and currency, PERCENT and
 * QUANTITY a value, DATE an ISO date (a day, a month "2025-02" or a year "2030").
 */
public record GoldenFact(String type, String text, BigDecimal value, String currency, String date) {

    public String describe() {
        return switch (type) {
            case "MONEY" -> text + " = " + value.toPlainString() + " " + currency;
            case "DATE" -> text + " = " + date;
            default -> text + " = " + (value == null ? "" : value.toPlainString());
        };
    }
}
