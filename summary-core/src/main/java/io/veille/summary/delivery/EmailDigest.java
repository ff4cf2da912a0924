package io.veille.summary.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.veille.contracts.Digest;

/**
 * One digest e-mail: its subject, a text/plain body and an HTML body saying the same, in the
 * subscriber's language. Every digest is its title, its statements and the articles it cites
 * (title and address); the footer carries the unsubscribe link. Digest text is untrusted and is
 * escaped in the HTML body.
 *
 * @param digests how many digests the e-mail lists
 */
public record EmailDigest(String subject, String text, String html, int digests) {

    /** Empty when the window holds no digest: nothing is sent. */
    public static Optional<EmailDigest> compose(EmailDigestRequest request) {
        List<Digest> ordered = EmailOrder.of(request.entries());
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        EmailWording words = EmailWording.of(request.lang());
        String label = HtmlText.oneLine(request.targetLabel());
        String subject = words.subjectLead() + words.day(request.to(), request.zone()) + " — " + label;
        String window = words.window(request.from(), request.to(), request.zone());
        String footer = words.footer().formatted(label);
        StringBuilder text = new StringBuilder().append(subject).append('\n').append(window).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(words.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(HtmlText.escape(subject)).append("</title></head><body>\n")
                .append("<h1>").append(HtmlText.escape(subject)).append("</h1>\n<p>").append(HtmlText.escape(window)).append("</p>\n");
        for (Digest digest : ordered) {
            appendDigest(digest, sources(digest, request.articleTitles()), words, text, html);
        }
        text.append("-- \n").append(footer).append('\n').append(words.unsubscribe()).append(words.colon()).append(request.unsubscribeUrl()).append('\n');
        html.append("<hr>\n<p>").append(HtmlText.escape(footer)).append(" <a href=\"").append(HtmlText.escape(request.unsubscribeUrl()))
                .append("\">").append(HtmlText.escape(words.unsubscribe())).append("</a></p>\n</body></html>\n");
        return Optional.of(new EmailDigest(subject, text.toString(), html.toString(), ordered.size()));
    }

    private static void appendDigest(Digest digest, Map<String, String> sources, EmailWording words, StringBuilder text,
            StringBuilder html) {
        String title = HtmlText.oneLine(digest.title());
        text.append("== ").append(title).append(" ==\n");
        html.append("<h2>").append(HtmlText.escape(title)).append("</h2>\n<ul>\n");
        for (Digest.Item item : digest.items()) {
            text.append("- ").append(item.text()).append('\n');
            html.append("<li>").append(HtmlText.escape(item.text())).append("</li>\n");
        }
        html.append("</ul>\n");
        if (!sources.isEmpty()) {
            text.append(words.sources()).append('\n');
            html.append("<p>").append(HtmlText.escape(words.sources())).append("</p>\n<ul>\n");
            sources.forEach((url, articleTitle) -> {
                text.append("  * ").append(articleTitle).append(" <").append(url).append(">\n");
                html.append("<li>").append(link(url, articleTitle)).append("</li>\n");
            });
            html.append("</ul>\n");
        }
        text.append('\n');
    }

    /** The digest's cited articles, each once: address to title (the address when the title is unknown). */
    private static Map<String, String> sources(Digest digest, Map<String, String> titles) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Digest.Item item : digest.items()) {
            for (Digest.Citation citation : item.citations()) {
                if (citation.url() != null && !citation.url().isBlank()) {
                    String title = titles.get(citation.articleId());
                    sources.putIfAbsent(citation.url(), HtmlText.oneLine(title == null || title.isBlank() ? citation.url() : title));
                }
            }
        }
        return sources;
    }

    private static String link(String url, String title) {
        if (!HtmlText.linkable(url)) {
            return HtmlText.escape(title) + " (" + HtmlText.escape(url) + ")";
        }
        return "<a href=\"" + HtmlText.escape(url.strip()) + "\">" + HtmlText.escape(title) + "</a>";
    }
}
