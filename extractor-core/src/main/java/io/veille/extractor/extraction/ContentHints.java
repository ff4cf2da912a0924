package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What tells page furniture from article text, kept as data: elements that are never content,
 * the words of class and id names that say furniture or content, and the openings of inserted
 * lines ("Lire aussi", "Read more") that sit inside the body.
 *
 * <p>Class and id names are read as words, not substrings: "TestReport__Section--Ads" is a section
 * with an ads modifier, "table-responsive" has nothing to do with "respond", "hidden-sm" hides a
 * block on small screens only. Words split at non-letters and at camel-case humps.
 */
final class ContentHints {

    /** Never content, whatever their score. Headers and noscript are decided by {@link Furniture}. */
    static final String REMOVED_ELEMENTS = "script, style, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, nav, footer, aside, figure, figcaption, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [role=search]";

    /** How a class or id name classes its element. */
    enum Kind { NONE, CONTENT, WEAK, STRONG, HIDDEN }

    /** Words that always mean furniture: comments, sharing, related links, navigation, ads, consent. */
    private static final Set<String> STRONG = Set.of(
            "comment", "comments", "commentlist", "kommentar", "kommentare", "commentaire", "commentaires", "disqus",
            "share", "shares", "sharing", "sharebar", "sharer", "social", "socials", "newsletter", "newsletters",
            "subscribe", "subscription", "abonnement", "related", "relatedposts", "readmore", "recirc", "recirculation",
            "outbrain", "taboola", "plista", "cookie", "cookies", "consent", "gdpr", "rgpd", "breadcrumb", "breadcrumbs",
            "pagination", "pager", "paywall", "popup", "modal", "overlay", "advert", "adverts", "advertisement",
            "advertising", "werbung", "anzeige", "sponsor", "sponsored", "sidebar", "footer", "signup", "skip",
            "skiplink", "ad", "ads", "adslot", "adunit", "nav", "navbar", "navigation", "menu", "submenu", "login",
            "shariff", "addthis", "recommended", "recommendations", "empfehlungen", "disclaimer", "disclosure",
            "copyright", "cta", "affiliate", "authorbox", "authorbio", "authorinfo", "aboutauthor", "promobox",
            "readalso", "alsoread", "seealso", "morestories", "mostread", "mostpopular", "signin");
    /** Word prefixes that mean furniture ("commentform", "sharebuttons", "relatedarticles"). */
    private static final List<String> STRONG_PREFIXES = List.of("comment", "share", "social", "newsletter", "related",
            "advert", "sponsor", "breadcrumb", "cookie", "outbrain", "taboola", "sidebar", "footer", "navigation",
            "readmore", "paywall");
    /** Adjacent words that mean furniture. */
    private static final Set<String> STRONG_PAIRS = Set.of("read more", "read also", "also read", "lire aussi",
            "see also", "more stories", "more articles", "most read", "most popular", "more from", "you may",
            "author bio", "about author", "mehr zum", "auch interessant", "das könnte");
    /** Words that say furniture only when the block is not prose: a "teaser-text" may be the lead. */
    private static final Set<String> WEAK = Set.of("banner", "promo", "tags", "tag", "taglist", "tagcloud", "byline",
            "meta", "metadata", "postmeta", "author", "authors", "rating", "toolbar", "print", "caption", "credit",
            "credits", "teaser", "teasers", "widget", "widgets", "masthead", "hidden", "hide", "reply", "respond",
            "avis", "retour", "dateline", "timestamp", "tools", "actions", "topbar", "slider", "carousel", "gallery",
            "player", "ticker", "newsticker", "trending", "popular", "bio");
    /** Words of content containers. */
    private static final Set<String> POSITIVE = Set.of("article", "articles", "content", "entry", "main", "post",
            "story", "text", "body", "prose", "chapo", "chapeau", "corps", "single", "blog", "artikel", "beitrag",
            "lead", "intro", "summary", "standfirst", "richtext", "wysiwyg", "copy", "paragraph", "bodytext",
            "articlebody", "fulltext", "inhalt");
    /** With "author", words that make a box about the author rather than a byline. */
    private static final Set<String> AUTHOR_BOX = Set.of("box", "bio", "info", "description", "details", "about",
            "tooltip", "profile", "card", "biography", "teaser");

    /** Whole class names that hide an element at every screen size. */
    private static final Set<String> HIDING = Set.of("hidden", "hide", "is-hidden", "u-hidden", "invisible",
            "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screenreader", "element-invisible",
            "offscreen", "display-none", "d-none");

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
    static int classWeight(String className, String id) {
        Kind k = kind(className, id);
        return switch (k) {
            case CONTENT -> 25;
            case STRONG, HIDDEN -> -25;
            case WEAK -> -10;
            case NONE -> 0;
        };
    }

    /**
     * What the names say: HIDDEN (a class that hides the element everywhere), STRONG furniture,
     * CONTENT (content words and no strong furniture word), WEAK furniture, or NONE. A furniture word
     * in a BEM modifier ("section--ads") or after "has"/"with" only weighs as a weak one.
     */
    static Kind kind(String className, String id) {
        boolean strong = false;
        boolean weak = false;
        boolean content = false;
        String classes = className == null ? "" : className.strip();
        if (!classes.isEmpty()) {
            String[] names = classes.split("\\s+");
            boolean shownSomewhere = false;
            boolean hiding = false;
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT);
                if (HIDING.contains(lower)) {
                    hiding = true;
                } else if (lower.matches("d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)")) {
                    shownSomewhere = true;
                }
            }
            if (hiding && !shownSomewhere) {
                return Kind.HIDDEN;
            }
            for (String n : names) {
                int mod = n.indexOf("--");
                int[] flags = scan(mod > 0 ? n.substring(0, mod) : n);
                strong |= flags[0] == 1;
                weak |= flags[1] == 1;
                content |= flags[2] == 1;
                if (mod > 0) {
                    int[] m = scan(n.substring(mod + 2));
                    weak |= m[0] == 1 || m[1] == 1;
                }
            }
        }
        if (id != null && !id.isBlank()) {
            int[] flags = scan(id);
            strong |= flags[0] == 1;
            weak |= flags[1] == 1;
            content |= flags[2] == 1;
        }
        if (strong) {
            return Kind.STRONG;
        }
        if (content) {
            return Kind.CONTENT;
        }
        return weak ? Kind.WEAK : Kind.NONE;
    }

    /** {strong, weak, content} flags of one name. */
    private static int[] scan(String name) {
        List<String> words = words(name);
        int[] flags = new int[3];
        boolean author = false;
        boolean box = false;
        for (int i = 0; i < words.size(); i++) {
            String w0 = words.get(i);
            author |= w0.equals("author") || w0.equals("autor") || w0.equals("auteur");
            box |= AUTHOR_BOX.contains(w0);
        }
        if (author && box) {
            flags[0] = 1;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean qualified = i > 0 && (words.get(i - 1).equals("has") || words.get(i - 1).equals("with")
                    || words.get(i - 1).equals("no") || words.get(i - 1).equals("without"));
            String next = i + 1 < words.size() ? words.get(i + 1) : null;
            boolean strong = STRONG.contains(w) || startsWithAny(w, STRONG_PREFIXES)
                    || next != null && (STRONG_PAIRS.contains(w + " " + next) || STRONG.contains(w + next));
            if (strong && !qualified) {
                flags[0] = 1;
            } else if (strong || WEAK.contains(w)) {
                flags[1] = 1;
            }
            if (POSITIVE.contains(w)) {
                flags[2] = 1;
            }
        }
        return flags;
    }

    private static boolean startsWithAny(String w, List<String> prefixes) {
        for (String p : prefixes) {
            if (w.length() > p.length() && w.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** "relatedArticles-box_2" -> related, articles, box, 2. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, words);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(w, words);
                }
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, words);
        return words;
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (!w.isEmpty()) {
            words.add(w.toString());
            w.setLength(0);
        }
    }
}
