package io.veille.extractor.quality;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import io.veille.extractor.extraction.Extraction;
import io.veille.contracts.Fact;

/** Compares one extraction with its golden page. */
public final class PageEvaluation {

    /** Date-only evidence (a URL, a dateline) may be anchored at midnight in Paris, which is the previous day in UTC. */
    private static final List<ZoneId> ACCEPTED_ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Paris"));

    private PageEvaluation() {
    }

    public static PageResult evaluate(GoldenPage page, Extraction got) {
        String text = normalise(got.text());
        List<String> missingSnippets = page.mustContain().stream()
                .filter(s -> !text.contains(normalise(s))).toList();
        List<String> furniture = page.mustNotContain().stream()
                .filter(s -> text.contains(normalise(s))).toList();
        List<GoldenFact> missingMoney = page.gatedMoney().stream()
                .filter(f -> !found(f, got.facts())).toList();
        List<GoldenFact> missingOthers = page.ungatedFacts().stream()
                .filter(f -> !found(f, got.facts())).toList();
        return new PageResult(page.name(),
                ShingleScore.score(page.body(), got.text()),
                normalise(page.title()).equals(normalise(got.title())),
                dateOk(page.published(), got),
                page.lang().equals(got.lang()),
                missingSnippets, furniture, missingMoney, missingOthers,
                page.gatedMoney().size(), null);
    }

    /** MONEY by value and currency, DATE by date, PERCENT and QUANTITY by value: the span may differ with the body. */
    static boolean found(GoldenFact want, List<Fact> facts) {
        return facts.stream().anyMatch(f -> f.type().name().equals(want.type()) && switch (f.type()) {
            case MONEY -> f.value() != null && f.value().compareTo(want.value()) == 0
                    && Objects.equals(f.currency(), want.currency());
            case DATE -> want.date().equals(f.date()) || want.date().equals(f.dateEnd());
            case PERCENT, QUANTITY -> f.value() != null && f.value().compareTo(want.value()) == 0;
            case QUOTE -> f.text().contains(want.text());
        });
    }

    private static boolean dateOk(LocalDate want, Extraction got) {
        return got.publishedAt() != null
                && ACCEPTED_ZONES.stream().anyMatch(z -> LocalDate.ofInstant(got.publishedAt(), z).equals(want));
    }

    /** Spaces of every kind collapse to one, so snippets do not depend on how paragraphs were joined. */
    static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0\\u202F\\u2009]+", " ").trim();
    }
}
