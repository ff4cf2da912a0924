package io.veille.summary.grounding;

import java.math.BigDecimal;

/** A number as written in generated text ("€109bn") and the value it stands for (109000000000). */
public record NumberMention(String text, BigDecimal value) {
}
