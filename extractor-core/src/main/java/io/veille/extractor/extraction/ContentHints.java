package io.veille.extractor.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What tells page furniture from article text, kept as data: elements that are never content,
 * class/id words that push a block down (share bars, comments, newsletters, related links, cookie
 * banners) or up (article, content, story), and the openings of inserted lines ("Lire aussi",
 * "Read more") that sit inside the body.
 */
final class ContentHints {

    /** Never content, whatever their score. */
    static final String REMOVED_ELEMENTS = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, nav, footer, aside, header, figure, figcaption, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [role=search]";

    static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|newsletter|subscribe|abonn|related|read-?more|lire-?aussi|also-read|"
                    + "cookie|consent|gdpr|rgpd|banner|promo|advert|sponsor|outbrain|taboola|sidebar|widget|footer|"
                    + "menu|breadcrumb|pagination|pager|popup|modal|overlay|author-bio|byline|post-meta|meta-info|"
                    + "tags|tag-list|skip|masthead|toolbar|signup|paywall|disqus|respond|reply|rating|avis|"
                    + "back-to-top|retour|top-of-page|print|caption|credit|teaser|recirc|more-stories|"
                    + "(?:^|[-_ ])(?:ad|ads|nav|hide|hidden)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);

    static final Pattern POSITIVE = Pattern.compile(
            "article|content|entry|main|post|story|text|body|prose|chapo|chapeau|corps|single|blog",
            Pattern.CASE_INSENSITIVE);

    /** Lines that news sites insert into the body to send the reader elsewhere. */
    private static final List<String> INSERT_OPENINGS = List.of(
            "lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "lisez aussi",
            "voir aussi", "à voir aussi", "sur le même sujet", "read more", "read also", "see also", "related:",
            "also read", "more on this", "suivez-nous", "follow us", "abonnez-vous", "subscribe to",
            "inscrivez-vous", "sign up", "partager", "share this", "publicité", "advertisement");

    private ContentHints() {
    }

    static boolean isInsert(String paragraph) {
        String p = paragraph.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        for (String opening : INSERT_OPENINGS) {
            if (p.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** The class and id weight of an element: +25 for content words, -25 for furniture words. */
    static int classWeight(String classAndId) {
        if (classAndId.isBlank()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(classAndId).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(classAndId).find()) {
            w += 25;
        }
        return w;
    }
}
