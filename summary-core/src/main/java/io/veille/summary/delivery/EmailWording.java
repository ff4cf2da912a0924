package io.veille.summary.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The fixed strings of a digest e-mail and of the unsubscribe pages, in French or English. */
record EmailWording(Locale locale, String subjectLead, String windowFrom, String windowTo, String sources, String all,
        String footer, String unsubscribe, String colon, String confirmTitle, String confirmButton, String doneTitle, String doneText) {

    /** French sets a space before a colon, English does not. */
    static final EmailWording FR = new EmailWording(Locale.FRENCH, "Votre veille du ", "Du ", " au ", "Sources :",
            "toute l'actualité", "Vous recevez cet e-mail car vous êtes abonné à la veille « %s ».", "Se désabonner", " : ",
            "Se désabonner de la veille « %s » ?", "Me désabonner", "Désabonnement confirmé",
            "Vous ne recevrez plus la veille « %s ».");
    static final EmailWording EN = new EmailWording(Locale.ENGLISH, "Your digest for ", "From ", " to ", "Sources:",
            "all news", "You receive this e-mail because you subscribed to the \"%s\" digest.", "Unsubscribe", ": ",
            "Unsubscribe from the \"%s\" digest?", "Unsubscribe me", "Unsubscribed",
            "You will no longer receive the \"%s\" digest.");

    static EmailWording of(String lang) {
        return "fr".equals(lang) ? FR : EN;
    }

    /** "3 décembre 2026" / "December 3, 2026", the day in the subscriber's zone. */
    String day(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at.atZone(zone));
    }

    /** "2 déc. 2026, 08:00" / "Dec 2, 2026, 8:00 AM" in the subscriber's zone. */
    String moment(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }

    String window(Instant from, Instant to, ZoneId zone) {
        return windowFrom + moment(from, zone) + windowTo + moment(to, zone) + " (" + zone.getId() + ")";
    }
}
