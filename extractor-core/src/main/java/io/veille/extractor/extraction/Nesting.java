package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Caps the depth of a parsed page. jsoup keeps any nesting it is given, and every "text of this
 * block" question costs the depth of the block, so a hostile page of 100,000 nested divs makes
 * scoring quadratic. Subtrees below the cap become one block of their plain text: real pages sit
 * far above it (20 to 50 levels), and the text survives.
 */
final class Nesting {

    static final int MAX_DEPTH = 160;

    private Nesting() {
    }

    static void flatten(Element root) {
        List<Element> tooDeep = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth >= MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
                    tooDeep.add(e);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        for (Element e : tooDeep) {
            String text = e.text();
            e.empty();
            e.appendChild(new TextNode(text));
        }
    }
}
