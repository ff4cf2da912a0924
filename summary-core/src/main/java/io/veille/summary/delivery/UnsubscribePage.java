package io.veille.summary.delivery;

/**
 * The two tiny pages of the unsubscribe link, in the subscriber's language: the confirmation, whose
 * form POSTs the RFC 8058 one-click body to the same address, and the page shown once it is done.
 * A link scanner that follows the link (GET) thus never unsubscribes anyone.
 */
public final class UnsubscribePage {

    private UnsubscribePage() {
    }

    /** @param action the link itself (path and token), where the form posts */
    public static String confirm(String lang, String targetLabel, String action) {
        EmailWording words = EmailWording.of(lang);
        String title = words.confirmTitle().formatted(HtmlText.oneLine(targetLabel));
        return page(words, title, "<form method=\"post\" action=\"" + HtmlText.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">" + HtmlText.escape(words.confirmButton()) + "</button></form>");
    }

    public static String done(String lang, String targetLabel) {
        EmailWording words = EmailWording.of(lang);
        return page(words, words.doneTitle(), "<p>" + HtmlText.escape(words.doneText().formatted(HtmlText.oneLine(targetLabel))) + "</p>");
    }

    private static String page(EmailWording words, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + words.locale().getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlText.escape(title) + "</title></head><body><h1>" + HtmlText.escape(title) + "</h1>" + body + "</body></html>\n";
    }
}
