package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a content element into paragraphs: each block element (p, headings, list items, quotes,
 * table cells, divs holding bare text) becomes one paragraph, a double line break inside a block
 * splits it, and inserted lines ("Lire aussi…") and link-only one-liners are dropped.
 * The walk is iterative, so a deeply nested page cannot overflow the stack.
 */
final class Paragraphs {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr",
            "address", "details", "summary", "center");

    private Paragraphs() {
    }

    static List<String> of(List<Element> roots, String title) {
        List<String> out = new ArrayList<>();
        for (Element root : roots) {
            Collector c = new Collector(out);
            root.traverse(c);
            c.flush();
        }
        List<String> kept = new ArrayList<>();
        for (String p : out) {
            if (ContentHints.isInsert(p) || (title != null && p.equals(title)) || kept.contains(p) && p.length() < 200) {
                continue;
            }
            kept.add(p);
        }
        return kept;
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> out;
        private final StringBuilder current = new StringBuilder();
        private int linkChars;

        Collector(List<String> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                current.append(s);
                if (insideLink(t)) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
                        flush();
                    } else {
                        current.append('\n');
                    }
                } else if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        private static boolean insideLink(TextNode t) {
            for (Element p = t.parent() instanceof Element e ? e : null; p != null; p = p.parent()) {
                if (p.nameIs("a")) {
                    return true;
                }
                if (BLOCKS.contains(p.normalName())) {
                    return false;
                }
            }
            return false;
        }

        void flush() {
            // No-break and thin spaces stay: they group thousands ("100 000") and the fact parsers read them.
            String p = current.toString().replaceAll("\\s+", " ").strip();
            boolean linkOnly = p.length() > 0 && linkChars >= p.length() * 0.8 && p.length() < 120;
            if (!p.isEmpty() && !linkOnly) {
                out.add(p);
            }
            current.setLength(0);
            linkChars = 0;
        }
    }
}
