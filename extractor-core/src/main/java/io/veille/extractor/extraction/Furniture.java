package io.veille.extractor.extraction;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import io.veille.extractor.extraction.ContentHints.Kind;

/**
 * Removes from a page body what is never article text, before any scoring:
 * <ul>
 * <li>elements that are never content (scripts, navigation, footers, asides, figures, dialogs);</li>
 * <li>the page's own header, but not an article's header, which holds its title and lead;</li>
 * <li>noscript blocks, unless they hold the text for readers without JavaScript;</li>
 * <li>blocks whose class or id says furniture: always when the word is a strong one (comments,
 * sharing, related links, ads, navigation), only when the block is not prose when it is a weak one
 * (a "teaser-text" or a "meta" box may be the lead), and blocks hidden by class or style unless
 * they are prose (text already in the page, shown by a click).</li>
 * </ul>
 * A block that holds most of the page's text is never removed for its name: a wrapper called
 * "page-with-sidebar" is not a sidebar.
 */
final class Furniture {

    /** A named block with this share of the page's text is a wrapper, not furniture. */
    private static final double WRAPPER_SHARE = 0.4;
    /** A weak-named or hidden block of this much low-link text is prose, and stays. */
    private static final int PROSE_CHARS = 300;
    private static final double PROSE_LINK_DENSITY = 0.3;

    private Furniture() {
    }

    static void remove(Element body) {
        body.select(ContentHints.REMOVED_ELEMENTS).remove();
        for (Element n : body.select("noscript")) {
            if (n.selectFirst("p") != null && n.text().length() >= PROSE_CHARS) {
                n.unwrap();
            } else {
                n.remove();
            }
        }
        for (Element h : body.select("header")) {
            if (!isArticleHeader(h)) {
                h.remove();
            }
        }
        int total = Math.max(1, body.text().length());
        long[] budget = {ContentScorer.WORK_BUDGET_CHARS};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || e.nameIs("main") || e.nameIs("article")) {
                    return FilterResult.CONTINUE;
                }
                Kind kind = ContentHints.kind(e.className(), e.id());
                boolean styleHidden = isStyleHidden(e);
                if (!styleHidden && (kind == Kind.NONE || kind == Kind.CONTENT)) {
                    return FilterResult.CONTINUE;
                }
                if (budget[0] < 0) {
                    return FilterResult.SKIP_CHILDREN;
                }
                String text = e.text();
                budget[0] -= text.length();
                if (text.length() >= total * WRAPPER_SHARE) {
                    return FilterResult.CONTINUE;
                }
                boolean remove = switch (kind) {
                    case STRONG -> true;
                    case HIDDEN, WEAK -> !isProse(e, text);
                    default -> !isProse(e, text);
                };
                return remove ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    /** A header inside the article or the main content, or one that carries the page's h1 among little else. */
    private static boolean isArticleHeader(Element h) {
        for (Element p = h.parent(); p != null; p = p.parent()) {
            if (p.nameIs("article") || p.nameIs("main") || "main".equals(p.attr("role"))
                    || p.hasAttr("itemprop") && p.attr("itemprop").toLowerCase(Locale.ROOT).contains("article")) {
                return true;
            }
        }
        return h.selectFirst("h1") != null && ContentScorer.linkDensity(h) < 0.5;
    }

    private static boolean isStyleHidden(Element e) {
        if (!e.hasAttr("style")) {
            return false;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean isProse(Element e, String text) {
        return text.length() >= PROSE_CHARS && ContentScorer.linkDensity(e) < PROSE_LINK_DENSITY;
    }
}
