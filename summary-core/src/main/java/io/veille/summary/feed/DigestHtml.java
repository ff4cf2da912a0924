package io.veille.summary.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.veille.contracts.Digest;

/** A digest's statements as the HTML of a feed entry: a list, each statement followed by its sources. */
final class DigestHtml {

    private DigestHtml() {
    }

    static String of(Digest digest, Map<String, String> articleUrls) {
        StringBuilder html = new StringBuilder("<ul>");
        for (Digest.Item item : digest.items()) {
            html.append("<li>").append(escape(item.text()));
            Map<String, Digest.Citation> cited = new LinkedHashMap<>();
            item.citations().forEach(c -> cited.putIfAbsent(c.articleId(), c));
            if (!cited.isEmpty()) {
                html.append(" (");
                html.append(cited.values().stream().map(c -> source(c, articleUrls)).collect(Collectors.joining(", ")));
                html.append(')');
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    /** The statements alone, one a line, for readers that show no HTML. */
    static String plain(Digest digest) {
        return digest.items().stream().map(Digest.Item::text).collect(Collectors.joining("\n"));
    }

    private static String source(Digest.Citation citation, Map<String, String> articleUrls) {
        String label = escape(citation.sourceId() == null ? citation.articleId() : citation.sourceId());
        String url = citation.url() != null ? citation.url() : articleUrls.get(citation.articleId());
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return label; // a link only to a web page: no javascript: or data: address reaches a reader
        }
        return "<a href=\"" + escape(url) + "\">" + label + "</a>";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
