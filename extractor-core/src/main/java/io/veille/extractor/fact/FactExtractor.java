package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;
import io.veille.extractor.entity.Entity;

import java.time.LocalDate;
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
        Spans.Disjoint disjoint = new Spans.Disjoint();
        List<Fact> measures = MeasureParser.find(text, lang);
        MoneyParser.find(text, lang).forEach(disjoint::addUnlessOverlapping);
        measures.stream().filter(f -> f.type() == FactType.PERCENT).forEach(disjoint::addUnlessOverlapping);
        DateParser.find(text, lang, reference).forEach(disjoint::addUnlessOverlapping);
        measures.stream().filter(f -> f.type() == FactType.QUANTITY).forEach(disjoint::addUnlessOverlapping);
        List<Fact> kept = disjoint.facts();
        kept.addAll(QuoteParser.find(text, entities));
        kept.sort(Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end).thenComparing(Fact::type));
        return List.copyOf(kept);
    }
}
