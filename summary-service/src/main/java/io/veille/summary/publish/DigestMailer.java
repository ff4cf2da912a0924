package io.veille.summary.publish;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.veille.summary.config.DeliveryConfig;
import io.veille.summary.delivery.EmailDigest;

/**
 * Sends a digest e-mail through the Quarkus mailer (SMTP from quarkus.mailer.*): multipart, text
 * and HTML, with the RFC 2369 List-Unsubscribe and RFC 8058 one-click headers that let mail
 * clients offer their own unsubscribe button.
 */
@ApplicationScoped
public class DigestMailer {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String ONE_CLICK = "List-Unsubscribe=One-Click";

    private final Mailer mailer;
    private final String from;

    public DigestMailer(Mailer mailer, DeliveryConfig config) {
        this.mailer = mailer;
        this.from = config.email().from();
    }

    /** Blocks until the SMTP server accepted the message; throws when it did not. */
    public void send(String to, EmailDigest email, String unsubscribeUrl) {
        mailer.send(Mail.withText(to, email.subject(), email.text())
                .setHtml(email.html())
                .setFrom(from)
                .addHeader(LIST_UNSUBSCRIBE, "<" + unsubscribeUrl + ">")
                .addHeader(LIST_UNSUBSCRIBE_POST, ONE_CLICK));
    }
}
