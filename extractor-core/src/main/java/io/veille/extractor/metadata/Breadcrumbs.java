package io.veille.extractor.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The section a breadcrumb trail files the article under: its last item that is neither the home
 * page nor the article itself ("Accueil › Économie › Le plan IA" is "Économie"). JSON-LD
 * BreadcrumbList first, then the page's breadcrumb markup.
 */
final class Breadcrumbs {

    private static final Set<String> HOME = Set.of("accueil", "home", "homepage", "une", "à la une", "startseite", "inicio");
    private static final String MARKUP = "[itemtype*=BreadcrumbList] [itemprop=name], nav[aria-label*=readcrumb] a, "
            + "nav[aria-label*=Fil] a, .breadcrumb a, .breadcrumbs a, [class*=breadcrumb] li a, #breadcrumb a";
    private static final int MAX_SECTION_CHARS = 60;

    private Breadcrumbs() {
    }

    static String section(Document doc, List<JsonNode> breadcrumbLists, String title) {
        for (JsonNode list : breadcrumbLists) {
            List<String> names = new ArrayList<>();
            JsonNode items = list.get("itemListElement");
            if (items != null && items.isArray()) {
                for (JsonNode item : items) {
                    String name = JsonLd.text(item.get("name"));
                    if (name == null) {
                        name = JsonLd.text(item.get("item"));
                    }
                    names.add(name);
                }
            }
            String s = lastSection(names, title);
            if (s != null) {
                return s;
            }
        }
        List<String> names = new ArrayList<>();
        for (Element e : doc.select(MARKUP)) {
            names.add(e.text());
        }
        return lastSection(names, title);
    }

    private static String lastSection(List<String> names, String title) {
        for (int i = names.size() - 1; i >= 0; i--) {
            String n = names.get(i) == null ? "" : names.get(i).strip();
            if (n.isEmpty() || n.length() > MAX_SECTION_CHARS || n.startsWith("http") || HOME.contains(n.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (title != null && (title.startsWith(n) || n.startsWith(title))) {
                continue;
            }
            return n;
        }
        return null;
    }
}
