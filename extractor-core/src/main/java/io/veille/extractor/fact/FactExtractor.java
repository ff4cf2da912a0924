package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.extractor.entity.Entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * All the facts of a text. Where readings of different types cover the same words, money wins
 * over percent, date and quantity ("2,5 milliards de dollars sur 5 ans" is one amount, not an
 * amount and a duration); quotes may contain other facts.
 */
public final class FactExtractor {

    public List<Fact> extract(String text, String lang, LocalDate reference, List<Entity> entities) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Fact> kept = new ArrayList<>();
        List<Fact> measures = MeasureParser.find(text, lang);
        addUnlessOverlapping(kept, MoneyParser.find(text, lang));
        addUnlessOverlapping(kept, measures.stream().filter(f -> f.type() == FactType.PERCENT).toList());
        addUnlessOverlapping(kept, DateParser.find(text, lang, reference));
        addUnlessOverlapping(kept, measures.stream().filter(f -> f.type() == FactType.QUANTITY).toList());
        kept.addAll(QuoteParser.find(text, entities));
        kept.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end).thenComparing(Fact::type));
        return List.copyOf(kept);
    }

    private static void addUnlessOverlapping(List<Fact> kept, List<Fact> candidates) {
        for (Fact f : candidates) {
            if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
                kept.add(f);
            }
        }
    }
}
