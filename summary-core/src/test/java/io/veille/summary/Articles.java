package io.veille.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.veille.contracts.ExtractedArticle.Entity;
import io.veille.contracts.ExtractedArticle.Span;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/** Test articles modelled on the demo corpus (Paris AI Action Summit, February 2025). */
public final class Articles {

    public static final String SUMMIT_TEXT = "Emmanuel Macron a annoncé 109 milliards d'euros d'investissements privés dans "
            + "l'intelligence artificielle en France. L'annonce a été faite le 9 février 2025, à la veille du sommet pour "
            + "l'action sur l'IA. Le président a comparé ce montant au plan américain Stargate. Les fonds viendront "
            + "notamment des Émirats arabes unis et de fonds canadiens.";

    private Articles() {
    }

    public static Fact money(String text, long value, String currency) {
        int start = SUMMIT_TEXT.indexOf(text);
        return new Fact(FactType.MONEY, text, start, start + text.length(), BigDecimal.valueOf(value), currency, null, null, null,
                null, null, null, null);
    }

    public static Fact date(String text, String iso) {
        int start = SUMMIT_TEXT.indexOf(text);
        return new Fact(FactType.DATE, text, start, start + text.length(), null, null, null, iso, null, null, null, null, null);
    }

    public static ExtractedArticle summit(String articleId) {
        return summit(articleId, SUMMIT_TEXT);
    }

    public static ExtractedArticle summit(String articleId, String text) {
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, articleId, "story-" + articleId,
                "https://www.example.fr/ia/" + articleId, "example-fr", "fr",
                "Sommet sur l'IA : 109 milliards d'euros d'investissements annoncés", "Rédaction",
                Instant.parse("2025-02-10T06:30:00Z"), text,
                List.of(new Entity("Emmanuel Macron", "PERSON", List.of("Macron"), List.of(new Span(0, 15)))),
                List.of(money("109 milliards d'euros", 109_000_000_000L, "EUR"), date("9 février 2025", "2025-02-09")), null);
    }

    public static final String RANGE_TEXT = "La Cour des comptes estime le surcoût des six réacteurs EPR2 "
            + "entre 10 et 20 milliards d'euros, selon un rapport publié le 1er mars 2025.";

    /** An article whose only amount is a range: value 10e9, valueEnd 20e9. */
    public static ExtractedArticle range(String articleId) {
        String span = "entre 10 et 20 milliards d'euros";
        int start = RANGE_TEXT.indexOf(span);
        Fact range = new Fact(FactType.MONEY, span, start, start + span.length(), new BigDecimal("10000000000"), "EUR", null, null,
                null, null, null, null, new BigDecimal("20000000000"));
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, articleId, "story-" + articleId,
                "https://www.example.fr/energie/" + articleId, "example-fr", "fr", "EPR2 : la facture s'alourdit", null,
                Instant.parse("2025-03-01T08:00:00Z"), RANGE_TEXT, List.of(), List.of(range), null);
    }

    public static final String SUMMIT_EN_TEXT = "French President Emmanuel Macron announced €109 billion of private investment "
            + "in artificial intelligence on February 9, 2025. Mistral AI said it would build a data centre near Paris.";

    /** The same event told by an English-language source, an hour later: the second article of the summit story. */
    public static ExtractedArticle summitEn(String articleId, String storyId) {
        String amount = "€109 billion";
        String day = "February 9, 2025";
        int a = SUMMIT_EN_TEXT.indexOf(amount);
        int d = SUMMIT_EN_TEXT.indexOf(day);
        int m = SUMMIT_EN_TEXT.indexOf("Emmanuel Macron");
        int o = SUMMIT_EN_TEXT.indexOf("Mistral AI");
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, articleId, storyId, "https://news.example.com/ai/" + articleId,
                "example-en", "en", "Macron unveils €109bn AI investment plan", null, Instant.parse("2025-02-10T07:30:00Z"),
                SUMMIT_EN_TEXT,
                List.of(new Entity("Emmanuel Macron", "PERSON", List.of("Macron"), List.of(new Span(m, m + 15))),
                        new Entity("Mistral AI", "ORG", List.of(), List.of(new Span(o, o + 10)))),
                List.of(new Fact(FactType.MONEY, amount, a, a + amount.length(), BigDecimal.valueOf(109_000_000_000L), "EUR", null, null,
                        null, null, null, null, null),
                        new Fact(FactType.DATE, day, d, d + day.length(), null, null, null, "2025-02-09", null, null, null, null, null)), null);
    }

    /** The French summit article filed under a given story. */
    public static ExtractedArticle summitIn(String articleId, String storyId) {
        ExtractedArticle a = summit(articleId);
        return new ExtractedArticle(a.schemaVersion(), a.articleId(), storyId, a.url(), a.sourceId(), a.lang(), a.title(),
                a.byline(), a.publishedAt(), a.text(), a.entities(), a.facts(), null);
    }
}
