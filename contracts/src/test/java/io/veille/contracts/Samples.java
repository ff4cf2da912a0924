package io.veille.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One realistic event of each topic, shared by the contract tests. */
final class Samples {

    static final Instant FETCHED = Instant.parse("2025-02-10T08:15:30Z");

    private Samples() {
    }

    static RawArticle rawArticle() {
        return new RawArticle(RawArticle.SCHEMA_VERSION,
                "https://www.example.fr/eco/sommet-ia.html?utm_source=rss",
                "https://www.example.fr/eco/sommet-ia.html",
                "example-fr", "fr",
                new FeedItem("Sommet IA : 109 milliards d'euros", "Emmanuel Macron annonce…",
                        Instant.parse("2025-02-10T06:00:00Z"), "Rédaction", List.of("Économie", "IA")),
                FETCHED, 200, "text/html", "UTF-8", "<html><body><p>Bonjour</p></body></html>", false);
    }

    static ExtractedArticle extractedArticle() {
        String text = "Emmanuel Macron a annoncé 109 milliards d'euros d'investissements le 9 février 2025.";
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, "a1b2", "s1", rawArticle().canonicalUrl(),
                "example-fr", "fr", "Sommet IA", "Rédaction", Instant.parse("2025-02-10T06:00:00Z"), text,
                List.of(new ExtractedArticle.Entity("Emmanuel Macron", "PERSON", List.of("Macron"),
                        List.of(new ExtractedArticle.Span(0, 15)))),
                List.of(new Fact(FactType.MONEY, "109 milliards d'euros", 26, 47,
                                new BigDecimal("109000000000"), "EUR", null, null, null, null, null, null, null),
                        new Fact(FactType.DATE, "9 février 2025", 70, 84,
                                null, null, null, "2025-02-09", null, null, null, null, null)), null);
    }

    static Digest digest(String lang) {
        return new Digest(Digest.SCHEMA_VERSION, "d-42", Digest.Kind.ARTICLE, "a1b2", lang,
                "fr".equals(lang) ? "Sommet IA : 109 milliards d'euros" : "AI summit: €109 billion",
                List.of(new Digest.Item("fr".equals(lang) ? "Emmanuel Macron a annoncé 109 milliards d'euros."
                        : "Emmanuel Macron announced €109 billion.",
                        List.of(new Digest.Citation("a1b2", rawArticle().canonicalUrl(), "example-fr")),
                        List.of("MONEY:26-47"))),
                "extractive", null, "VERIFIED", FETCHED, 1);
    }
}
