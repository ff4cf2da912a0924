package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Readability-style scoring: every paragraph gives points (one, one per comma, one per hundred
 * characters up to three) to its parent, half to its grandparent and a third above; each
 * container's total is scaled by its share of non-link text, and the best container plus its
 * good siblings is the body. Works on a body already stripped of furniture.
 */
final class ContentScorer {

    private static final String PARAGRAPHS = "p, pre, blockquote, li, td, h2, h3, div";
    private static final int MIN_PARAGRAPH = 25;
    private static final int MAX_SCORED = 20_000;
    private static final int SHORTLIST = 40;
    /** Nested blocks make each paragraph's text re-read its descendants: bound the total read. */
    static final long WORK_BUDGET_CHARS = 40_000_000;

    private ContentScorer() {
    }

    /** The best container and its good siblings, in page order; empty when no paragraph scored. */
    static List<Element> chosen(Element body) {
        // Insertion (document) order makes ties deterministic; jsoup elements compare by identity.
        Map<Element, Double> scores = new LinkedHashMap<>();
        int scored = 0;
        long budget = WORK_BUDGET_CHARS;
        for (Element p : body.select(PARAGRAPHS)) {
            if (scored++ > MAX_SCORED) {
                break;
            }
            if (p.nameIs("div") && hasBlockChild(p)) {
                continue;
            }
            String text = p.text();
            budget -= text.length();
            if (budget < 0) {
                break;
            }
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + count(text, ',') + count(text, '،') + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                scores.computeIfAbsent(ancestor, ContentScorer::initialScore);
                scores.merge(ancestor, points / (level + 1), Double::sum);
            }
        }
        // Link density reads a container's whole text: only the best few raw scores pay for it, so a
        // page of thousands of nested containers stays linear.
        List<Element> shortlist = scores.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Element, Double> e) -> -e.getValue()))
                .limit(SHORTLIST).map(Map.Entry::getKey).toList();
        Element top = null;
        double topScore = 0;
        for (var e : scores.entrySet()) {
            if (!shortlist.contains(e.getKey())) {
                continue;
            }
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return List.of();
        }
        return withSiblings(top, topScore, scores);
    }

    /** Siblings that score well, or that are long low-link paragraphs, belong to the body too. */
    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double s = scores.getOrDefault(sibling, 0.0);
            String text = sibling.text();
            boolean goodParagraph = sibling.nameIs("p") && text.length() > 80 && linkDensity(sibling) < 0.25;
            if (s >= threshold || goodParagraph) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "main", "section", "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + ContentHints.classWeight(e.className(), e.id());
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static boolean hasBlockChild(Element div) {
        for (Element c : div.children()) {
            switch (c.normalName()) {
                case "p", "div", "section", "article", "ul", "ol", "table", "blockquote", "pre", "h1", "h2", "h3",
                    "h4", "h5", "h6" -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
