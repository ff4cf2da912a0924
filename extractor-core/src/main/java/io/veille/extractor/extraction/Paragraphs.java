package io.veille.extractor.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

import io.veille.extractor.extraction.Blocks.Block;

/**
 * The paragraphs of whole elements, without choosing among their blocks: for markup that is all
 * article already (a JSON-LD articleBody written in HTML). Inserted lines ("Lire aussi…"), the
 * title, repeated short lines and link-only one-liners are dropped.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(List<Element> roots, String title) {
        List<String> kept = new ArrayList<>();
        for (Element root : roots) {
            for (Block b : Blocks.of(root, List.of())) {
                String p = b.text();
                boolean linkOnly = b.linkChars() >= p.length() * 0.8 && p.length() < 120;
                if (linkOnly || ContentHints.isInsert(p) || title != null && p.equals(title)
                        || kept.contains(p) && p.length() < 200) {
                    continue;
                }
                kept.add(p);
            }
        }
        return kept;
    }
}
