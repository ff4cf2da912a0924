package io.veille.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.Extraction;

/** A page's extracted text, the input of the fact benchmark; {@code bytes} is its UTF-8 size. */
record ExtractedText(String name, Extraction extraction, int bytes) {

    String text() {
        return extraction.text();
    }

    String lang() {
        return extraction.lang();
    }

    LocalDate reference() {
        return extraction.publishedAt() == null ? null : LocalDate.ofInstant(extraction.publishedAt(), ZoneOffset.UTC);
    }

    /** The non-empty texts of the set, in the set's order. */
    static List<ExtractedText> of(PageSet set) {
        ArticleExtractor extractor = new ArticleExtractor();
        return set.pages().stream()
                .map(p -> {
                    Extraction e = extractor.extract(p.read());
                    return new ExtractedText(p.name(), e, e.text().getBytes(StandardCharsets.UTF_8).length);
                })
                .filter(t -> !t.text().isEmpty())
                .toList();
    }
}
