package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

import io.veille.extractor.extraction.Blocks.Block;
import io.veille.extractor.extraction.Blocks.Kind;

/**
 * The article text of a cleaned page body, as the run of blocks that reads most like prose.
 *
 * <p>Every block gets a value: long low-link blocks are worth their length, link lists and short
 * lines cost a little, and blocks inside the container the {@link ContentScorer} chose get a bonus
 * (outside it, a malus). The article is the contiguous run of blocks of highest total value (a
 * maximum-sum segment), so a lead just outside the chosen container, or an article cut in parts
 * around an inserted box, is read whole, while a sidebar beyond a run of links is not. When the
 * scorer's choice is too small or wrong, the run settles on the page's largest body of prose on its
 * own: the same rule is the fallback. Inside the run, link lists, inserted lines ("Lire aussi") and
 * the title are dropped.
 */
final class MainText {

    static final String CHOSEN = "dom";
    static final String WIDENED = "dom+blocks";
    static final String PAGE = "page-blocks";
    static final String ALL = "all-blocks";
    /** The bonus of a block inside the scorer's container. */
    static final double IN = 15;
    /** The malus of a block outside it, before its end and after it: a trailing box is likelier furniture than a lead. */
    static final double OUT_BEFORE = 15;
    static final double OUT_AFTER = 30;
    /** Below this weight a trailing line is furniture, not prose. */
    static final int PROSE = 30;

    private MainText() {
    }

    static TextCandidate read(Element body, String title) {
        List<Element> chosen = ContentScorer.chosen(body);
        List<Block> blocks = Blocks.of(body, chosen);
        int n = blocks.size();
        if (n == 0) {
            return new TextCandidate(PAGE, List.of(), 0);
        }
        boolean anyChosen = !chosen.isEmpty();
        double[] value = new double[n];
        int firstChosen = -1;
        int lastChosen = -1;
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).inChosen()) {
                lastChosen = i;
                if (firstChosen < 0) {
                    firstChosen = i;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            value[i] = value(blocks.get(i), anyChosen, i > lastChosen);
        }
        // Maximum-sum contiguous run (Kadane).
        int bestStart = 0;
        int bestEnd = -1;
        double best = 0;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += value[i];
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestEnd < 0) {
            // Nothing reads like prose (a one-line page): every block that is not furniture.
            bestStart = 0;
            bestEnd = n - 1;
            java.util.Arrays.fill(value, 0);
            anyChosen = false;
        }
        List<Block> kept = new ArrayList<>();
        List<Double> keptValue = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = bestStart; i <= bestEnd; i++) {
            Block b = blocks.get(i);
            if (!keep(b, value[i], title, i + 1 <= bestEnd ? blocks.get(i + 1) : null)) {
                continue;
            }
            if (b.text().length() < 200 && !seen.add(b.text())) {
                continue;
            }
            kept.add(b);
            keptValue.add(value[i]);
        }
        if (best > 0) {
            trimTail(kept);
            dropOrphanHeadings(kept);
        }
        List<String> paragraphs = new ArrayList<>();
        int inside = 0;
        int outside = 0;
        for (Block b : kept) {
            String t = b.text();
            paragraphs.add(t);
            if (b.inChosen()) {
                inside += t.length();
            } else {
                outside += t.length();
            }
        }
        String strategy = best <= 0 ? ALL : !anyChosen || inside == 0 ? PAGE : outside <= inside * 0.05 ? CHOSEN : WIDENED;
        return new TextCandidate(strategy, paragraphs, best);
    }

    /** How much a block is worth to the article: its prose, less its links, plus where it sits. */
    static double value(Block b, boolean anyChosen, boolean after) {
        int w = b.weight();
        double ld = b.linkDensity();
        double base;
        if (ld >= 0.5) {
            base = -10 - w * ld;
        } else if (w >= 80) {
            base = w * (1 - 2 * ld);
        } else if (w >= 30) {
            base = (w - 30) * (1 - 2 * ld);
        } else {
            base = -8;
        }
        if (!anyChosen) {
            return base;
        }
        if (b.inChosen()) {
            return base + IN;
        }
        return base - (after ? OUT_AFTER : OUT_BEFORE);
    }

    /**
     * Short lines after the last paragraph of prose are the article's furniture (dates, tags,
     * "Über den Autor", sign-offs), unless they are list items or table cells, which end recipes
     * and fact boxes.
     */
    private static void trimTail(List<Block> kept) {
        while (!kept.isEmpty()) {
            Block last = kept.get(kept.size() - 1);
            if (last.weight() >= PROSE || last.kind() == Kind.ITEM || last.kind() == Kind.CELL) {
                return;
            }
            kept.remove(kept.size() - 1);
        }
    }

    /** Headings that end the text head nothing. */
    private static void dropOrphanHeadings(List<Block> kept) {
        while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Kind.HEADING) {
            kept.remove(kept.size() - 1);
        }
    }

    private static boolean keep(Block b, double value, String title, Block next) {
        String t = b.text();
        if (ContentHints.isInsert(t) || title != null && t.equals(title)) {
            return false;
        }
        double ld = b.linkDensity();
        if (ld >= 0.8 && t.length() < 120) {
            return false;
        }
        if (!b.inChosen() && value < 0) {
            // A heading just before kept prose stays; other short lines outside the container go.
            return b.kind() == Kind.HEADING && next != null && next.weight() >= 80 && next.linkDensity() < 0.5;
        }
        return true;
    }
}
