package io.veille.summary.grounding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.veille.contracts.ExtractedArticle.Entity;
import io.veille.contracts.ExtractedArticle.Span;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

/**
 * Cited articles for the grounding tests, written from the demo corpus (deploy/local demo texts
 * 001, 003 and 004 on the Paris AI Action Summit) with the facts and entities the extractor finds
 * in them, spans included.
 */
final class GroundingArticles {

    static final String SUMMIT_TEXT = "Le 9 février 2025, Emmanuel Macron a annoncé au Grand Palais, à Paris, un plan de 109 milliards "
            + "d'euros pour l'intelligence artificielle, à la veille du Sommet pour l'action sur l'IA organisé les 10 et 11 "
            + "février. Les Émirats arabes unis investiront jusqu'à 50 milliards d'euros dans un campus IA, le canadien "
            + "Brookfield 20 milliards d'euros à Cambrai et l'entreprise britannique Fluidstack 10 milliards d'euros dans un "
            + "supercalculateur de 1 gigawatt. La présidente de la Commission européenne Ursula von der Leyen a présenté un "
            + "programme de 200 milliards d'euros. Le vice-président américain J.D. Vance a rencontré le Premier ministre "
            + "indien Narendra Modi. Yoshua Bengio, pionnier de l'IA, appelle à la prudence. L'initiative Current AI disposera "
            + "d'un fonds de 2,5 milliards de dollars. Le plan américain Stargate atteint 500 milliards de dollars. La France "
            + "veut former 100 000 jeunes par an et porter le nombre de chercheurs en IA de 40 000 à 100 000 d'ici 2030. "
            + "« Nous serons au rendez-vous », a déclaré Emmanuel Macron depuis le palais de l'Élysée.";

    static final String STUDY_TEXT = "Selon une étude du Boston Consulting Group, 22 % des entreprises françaises utilisent "
            + "déjà l'IA générative, contre 15 % en 2023. L'IA pourrait ajouter 250 milliards d'euros à l'économie européenne "
            + "d'ici 2030. Mistral AI, cofondée par Arthur Mensch, a levé 600 millions d'euros en juin 2024.";

    private GroundingArticles() {
    }

    /** The summit: amounts in euros and dollars, a range of days, counts, a quote, eight people and organisations. */
    static ExtractedArticle summit(String articleId) {
        List<Fact> facts = new ArrayList<>();
        facts.add(date(SUMMIT_TEXT, "9 février 2025", "2025-02-09", null));
        facts.add(date(SUMMIT_TEXT, "10 et 11 février", "2025-02-10", "2025-02-11"));
        facts.add(money(SUMMIT_TEXT, "109 milliards d'euros", "109000000000", "EUR"));
        facts.add(money(SUMMIT_TEXT, "jusqu'à 50 milliards d'euros", "50000000000", "EUR"));
        facts.add(money(SUMMIT_TEXT, "20 milliards d'euros", "20000000000", "EUR"));
        facts.add(money(SUMMIT_TEXT, "10 milliards d'euros", "10000000000", "EUR"));
        facts.add(quantity(SUMMIT_TEXT, "1 gigawatt", "1", "GW"));
        facts.add(money(SUMMIT_TEXT, "200 milliards d'euros", "200000000000", "EUR"));
        facts.add(money(SUMMIT_TEXT, "2,5 milliards de dollars", "2500000000", "USD"));
        facts.add(money(SUMMIT_TEXT, "500 milliards de dollars", "500000000000", "USD"));
        facts.add(quantity(SUMMIT_TEXT, "100 000 jeunes", "100000", "young-people"));
        facts.add(quantity(SUMMIT_TEXT, "40 000", "40000", "researchers"));
        facts.add(quantity(SUMMIT_TEXT, "100 000 d'ici", "100000", "researchers"));
        facts.add(date(SUMMIT_TEXT, "d'ici 2030", "2030", null));
        int quote = SUMMIT_TEXT.indexOf("« Nous");
        facts.add(new Fact(FactType.QUOTE, "« Nous serons au rendez-vous »", quote, quote + 30, null, null, null, null, null, null,
                "Emmanuel Macron", "Nous serons au rendez-vous", null));
        List<Entity> entities = List.of(
                entity(SUMMIT_TEXT, "Emmanuel Macron", "PERSON", "Macron"),
                entity(SUMMIT_TEXT, "Ursula von der Leyen", "PERSON", "von der Leyen"),
                entity(SUMMIT_TEXT, "J.D. Vance", "PERSON", "Vance"),
                entity(SUMMIT_TEXT, "Narendra Modi", "PERSON", "Modi"),
                entity(SUMMIT_TEXT, "Yoshua Bengio", "PERSON", "Bengio"),
                entity(SUMMIT_TEXT, "Brookfield", "ORG"),
                entity(SUMMIT_TEXT, "Fluidstack", "ORG"),
                entity(SUMMIT_TEXT, "Current AI", "ORG"),
                entity(SUMMIT_TEXT, "Commission européenne", "ORG"),
                entity(SUMMIT_TEXT, "Grand Palais", "LOC"),
                entity(SUMMIT_TEXT, "Cambrai", "LOC"),
                entity(SUMMIT_TEXT, "Émirats arabes unis", "LOC"));
        return article(articleId, "L'offensive française dans l'IA : 109 milliards d'euros pour défier les États-Unis",
                Instant.parse("2025-02-10T07:00:00Z"), SUMMIT_TEXT, entities, facts);
    }

    /** A study: percentages, a year, an amount in millions, an organisation known by its initials. */
    static ExtractedArticle study(String articleId) {
        List<Fact> facts = List.of(
                new Fact(FactType.PERCENT, "22 %", STUDY_TEXT.indexOf("22 %"), STUDY_TEXT.indexOf("22 %") + 4, new BigDecimal("22"),
                        null, "%", null, null, null, null, null, null),
                new Fact(FactType.PERCENT, "15 %", STUDY_TEXT.indexOf("15 %"), STUDY_TEXT.indexOf("15 %") + 4, new BigDecimal("15"),
                        null, "%", null, null, null, null, null, null),
                date(STUDY_TEXT, "en 2023", "2023", null),
                money(STUDY_TEXT, "250 milliards d'euros", "250000000000", "EUR"),
                date(STUDY_TEXT, "d'ici 2030", "2030", null),
                money(STUDY_TEXT, "600 millions d'euros", "600000000", "EUR"),
                date(STUDY_TEXT, "juin 2024", "2024-06", null));
        List<Entity> entities = List.of(
                entity(STUDY_TEXT, "Boston Consulting Group", "ORG", "BCG"),
                entity(STUDY_TEXT, "Mistral AI", "ORG"),
                entity(STUDY_TEXT, "Arthur Mensch", "PERSON", "Mensch"));
        return article(articleId, "IA générative : 22 % des entreprises françaises l'utilisent déjà",
                Instant.parse("2025-03-04T09:00:00Z"), STUDY_TEXT, entities, facts);
    }

    private static ExtractedArticle article(String articleId, String title, Instant published, String text,
            List<Entity> entities, List<Fact> facts) {
        return new ExtractedArticle(ExtractedArticle.SCHEMA_VERSION, articleId, "story-" + articleId,
                "https://www.example.fr/ia/" + articleId, "example-fr", "fr", title, null, published, text, entities, facts, null);
    }

    static Fact money(String text, String span, String value, String currency) {
        int start = at(text, span);
        return new Fact(FactType.MONEY, span, start, start + span.length(), new BigDecimal(value), currency, null, null, null, null,
                null, null, null);
    }

    static Fact quantity(String text, String span, String value, String unit) {
        int start = at(text, span);
        return new Fact(FactType.QUANTITY, span, start, start + span.length(), new BigDecimal(value), null, unit, null, null, null,
                null, null, null);
    }

    static Fact date(String text, String span, String iso, String isoEnd) {
        int start = at(text, span);
        return new Fact(FactType.DATE, span, start, start + span.length(), null, null, null, iso, isoEnd, null, null, null, null);
    }

    static Entity entity(String text, String name, String type, String... aliases) {
        int start = text.indexOf(name);
        List<Span> mentions = start < 0 ? List.of() : List.of(new Span(start, start + name.length()));
        return new Entity(name, type, List.of(aliases), mentions);
    }

    private static int at(String text, String span) {
        int start = text.indexOf(span);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + span);
        }
        return start;
    }
}
