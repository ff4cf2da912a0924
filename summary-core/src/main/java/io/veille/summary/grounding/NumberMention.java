package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A number as written in generated text ("€109bn") and the value it stands for (109000000000),
 * with what the text says it counts: the currencies it may be in (empty when none is written),
 * whether it is a percentage, and whether a scale word multiplied it; start is its offset in the text
 * it was read in (-1 when unknown).
 */
public record NumberMention(String text, BigDecimal value, Set<String> currencies, boolean percent, boolean scaled, int start) {

    public NumberMention {
        currencies = currencies == null ? Set.of() : Set.copyOf(currencies);
    }

    public NumberMention(String text, BigDecimal value) {
        this(text, value, Set.of(), false, false, -1);
    }

    /** A number with no currency, percent sign or scale word: a count, or a year or day as well. */
    public boolean bare() {
        return currencies.isEmpty() && !percent && !scaled;
    }

    public int end() {
        return start < 0 ? -1 : start + text.length();
    }
}
