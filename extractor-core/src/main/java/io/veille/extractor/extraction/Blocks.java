package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A page body cut into text blocks, in reading order: each block element (p, headings, list items,
 * quotes, table cells, divs holding bare text) gives one block of its own text, a double line break
 * inside a block splits it. Each block knows how much of it is link text, what kind of element holds
 * it, and whether it lies inside the elements the content scorer chose. One iterative walk, so a
 * deeply nested page cannot overflow the stack.
 */
final class Blocks {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr",
            "address", "details", "summary", "center", "caption", "form", "fieldset", "body");

    /** What holds a block. */
    enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, CELL, OTHER }

    /**
     * One block of text.
     *
     * @param linkChars how many of its characters are inside links
     * @param inChosen  whether it lies inside the scorer's chosen elements
     * @param holder    the block element whose text it is
     */
    record Block(String text, int linkChars, Kind kind, boolean inChosen, Element holder) {

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        /** Letters and digits, CJK characters counting three (a Japanese sentence is short in characters). */
        int weight() {
            int w = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x2E80 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7AF || c >= 0xF900 && c <= 0xFAFF) {
                    w += 3;
                } else if (!Character.isWhitespace(c)) {
                    w++;
                }
            }
            return w;
        }
    }

    private Blocks() {
    }

    /** The blocks of {@code root}; those inside one of {@code chosen} (or its descendants) are marked. */
    static List<Block> of(Element root, List<Element> chosen) {
        Set<Element> marks = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        marks.addAll(chosen);
        Collector c = new Collector(marks);
        root.traverse(c);
        c.flush();
        return c.out;
    }

    private static final class Collector implements NodeVisitor {
        private final Set<Element> chosen;
        private final List<Block> out = new ArrayList<>();
        private final List<Element> holders = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int chosenDepth;

        Collector(Set<Element> chosen) {
            this.chosen = chosen;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                current.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    if (current.length() > 0 && current.charAt(current.length() - 1) == '\n') {
                        flush();
                    } else {
                        current.append('\n');
                    }
                    return;
                }
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    holders.add(e);
                }
                if (chosen.contains(e)) {
                    chosenDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth--;
                }
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    holders.remove(holders.size() - 1);
                }
                if (chosen.contains(e)) {
                    chosenDepth--;
                }
            }
        }

        void flush() {
            // No-break and thin spaces stay: they group thousands ("100 000") and the fact parsers read them.
            if (current.length() == 0) {
                return;
            }
            String p = current.toString().replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                Element holder = holders.isEmpty() ? null : holders.get(holders.size() - 1);
                out.add(new Block(p, Math.min(linkChars, p.length()), kind(holder), chosenDepth > 0, holder));
            }
            current.setLength(0);
            linkChars = 0;
        }

        private static Kind kind(Element holder) {
            if (holder == null) {
                return Kind.OTHER;
            }
            return switch (holder.normalName()) {
                case "p" -> Kind.PARAGRAPH;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
                case "li", "dt", "dd" -> Kind.ITEM;
                case "blockquote", "pre" -> Kind.QUOTE;
                case "td", "th" -> Kind.CELL;
                default -> Kind.OTHER;
            };
        }
    }
}
