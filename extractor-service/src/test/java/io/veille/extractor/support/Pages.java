package io.veille.extractor.support;

import java.time.Instant;
import java.util.List;

import io.veille.contracts.EventJson;
import io.veille.contracts.FeedItem;
import io.veille.contracts.RawArticle;

/** Small raw articles for tests, each at a URL of its own so tests sharing a broker never see each other's records. */
public final class Pages {

    public static final String SUMMIT_HTML = """
            <!doctype html>
            <html lang="fr"><head>
              <meta charset="utf-8">
              <title>Sommet IA : 109 milliards d'euros d'investissements annoncés</title>
              <meta property="og:site_name" content="Le Quotidien">
              <meta property="article:published_time" content="2025-02-09T18:30:00+01:00">
            </head><body>
              <nav><a href="/">Accueil</a> <a href="/tech">Tech</a></nav>
              <article>
                <h1>Sommet IA : 109 milliards d'euros d'investissements annoncés</h1>
                <p>Emmanuel Macron a annoncé dimanche 109 milliards d'euros d'investissements privés dans
                l'intelligence artificielle en France, à la veille du sommet pour l'action sur l'IA qui se tient
                à Paris les 10 et 11 février 2025.</p>
                <p>Ces investissements doivent financer des centres de données et des infrastructures de calcul
                sur tout le territoire, a précisé l'Élysée, qui évoque des projets portés par des fonds étrangers
                et des entreprises françaises comme Mistral AI.</p>
                <p>Le président de la République a comparé cet effort au plan américain Stargate, doté de
                500 milliards de dollars, en soulignant que la France entend rester dans la course.</p>
              </article>
              <footer>© Le Quotidien</footer>
            </body></html>
            """;

    /** A page with a money range, a lead image, a section and a modified date. */
    public static final String RANGE_HTML = """
            <!doctype html>
            <html lang="fr"><head>
              <meta charset="utf-8">
              <title>EPR2 : une facture revue à la hausse</title>
              <meta property="og:image" content="https://example.test/img/epr2.jpg">
              <meta property="article:section" content="Économie">
              <meta property="article:published_time" content="2025-03-01T08:00:00Z">
              <meta property="article:modified_time" content="2025-03-02T09:30:00Z">
            </head><body>
              <article>
                <h1>EPR2 : une facture revue à la hausse</h1>
                <p>La Cour des comptes estime le coût des six réacteurs EPR2 entre 10 et 20 milliards d'euros
                de plus que prévu, selon un rapport publié samedi, qui appelle l'exploitant à mieux maîtriser
                son calendrier et ses sous-traitants sur les chantiers de Penly et de Gravelines.</p>
                <p>Le gouvernement assure que le programme reste la clé de la souveraineté énergétique du pays
                et promet une révision du devis avant la décision finale d'investissement.</p>
              </article>
            </body></html>
            """;

    private Pages() {
    }

    public static RawArticle summit(String url) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, url, url, "test-source", "fr",
                new FeedItem("Sommet IA : 109 milliards", "Résumé du flux", Instant.parse("2025-02-09T17:30:00Z"),
                        "La rédaction", List.of("tech")),
                Instant.parse("2025-02-09T18:00:00Z"), 200, "text/html", "utf-8", SUMMIT_HTML, false);
    }

    /**
     * A page of about {@code bytes} bytes (UTF-8) of article text: numbered paragraphs, each with a
     * figure, so that the extractor finds text, entities and facts all the way down.
     */
    public static String longPage(int bytes) {
        StringBuilder html = new StringBuilder(bytes + 1000).append("""
                <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le très long rapport</title>
                <meta property="article:published_time" content="2025-02-09T18:30:00+01:00"></head><body><article>
                <h1>Le très long rapport</h1>
                """);
        for (int i = 1; html.length() < bytes; i++) {
            html.append("<p class=\"para\" data-n=\"").append(i).append("\">Paragraphe ").append(i)
                    .append(" : la Cour des comptes relève ").append(i).append(" millions d'euros de dépenses imprévues")
                    .append(" sur le chantier, que le ministère conteste point par point dans sa réponse écrite.</p>\n");
        }
        return html.append("</article></body></html>").toString();
    }

    /** The same raw article with another page. */
    public static RawArticle withHtml(RawArticle raw, String html) {
        return new RawArticle(raw.schemaVersion(), raw.url(), raw.canonicalUrl(), raw.sourceId(), raw.languageHint(),
                raw.feedItem(), raw.fetchedAt(), raw.status(), raw.contentType(), raw.charset(), html, raw.truncated());
    }

    public static String json(RawArticle raw) {
        return EventJson.write(raw);
    }
}
