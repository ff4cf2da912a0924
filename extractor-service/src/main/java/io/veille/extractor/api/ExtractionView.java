package io.veille.extractor.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.extractor.extraction.Extraction;
import io.veille.extractor.fact.Fact;

/**
 * The JSON line of {@code ./veille extract} (file, url, title, text, lang, publishedAt,
 * entities[{name, type}], facts[{type, text, value, currency, date, ...}]), minus the file.
 * TODO when cli/ExtractionJson lands: delegate to it so the two can never drift apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExtractionView(String file, String url, String title, String text, String lang, Instant publishedAt,
        List<EntityView> entities, List<FactView> facts) {

    static ExtractionView of(String url, Extraction e) {
        return new ExtractionView(null, url, e.title(), e.text(), e.lang(), e.publishedAt(),
                e.entities().stream().map(en -> new EntityView(en.name(), en.type().name())).toList(),
                e.facts().stream().map(FactView::of).toList());
    }

    record EntityView(String name, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactView(String type, String text, int start, int end, BigDecimal value, String currency, String unit,
            String date, String dateEnd, String qualifier, String speaker, String quote) {

        static FactView of(Fact f) {
            return new FactView(f.type().name(), f.text(), f.start(), f.end(), f.value(), f.currency(), f.unit(),
                    f.date(), f.dateEnd(), f.qualifier(), f.speaker(), f.quote());
        }
    }
}
