package io.veille.summary.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.veille.contracts.Digest;

/**
 * What a subscriber asks for, checked field by field: each refusal is an IllegalArgumentException
 * whose message names the field, fit for a 400. The webhook URL's address is judged apart (the SSRF
 * guard needs DNS), by the service that stores the subscription.
 *
 * @param target  {@code all}, {@code topic:<id>} or {@code watch:<id>}: a digest tag, or every digest of the language
 * @param kinds   digest kinds delivered; empty: every kind
 * @param channel {@code webhook} (url, optional secret) or {@code email} (email, schedule, timeZone)
 */
public record SubscriptionSpec(String target, String lang, List<String> kinds, String channel, String url, String secret,
                               String email, String schedule, String timeZone) {

    public static final String ALL = "all";
    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";
    public static final int MIN_SECRET_CHARS = 16;

    private static final Pattern TARGET = Pattern.compile("(topic|watch):[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    // Deliberately loose: one @, no spaces, a dot in the domain. The mailbox is proven by delivery, not by a regex.
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_URL_CHARS = 2000;
    private static final int MAX_EMAIL_CHARS = 254;
    private static final int MAX_SECRET_CHARS = 256;

    public SubscriptionSpec {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** The spec with its kinds in upper case, or the first thing wrong with it. */
    public SubscriptionSpec validated() {
        required("target", target);
        if (!target.equals(ALL) && !TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("target must be 'all', 'topic:<id>' or 'watch:<id>', was '" + target + "'");
        }
        required("lang", lang);
        if (!lang.equals("fr") && !lang.equals("en")) {
            throw new IllegalArgumentException("lang must be fr or en, was '" + lang + "'");
        }
        List<String> upper = new ArrayList<>();
        for (String kind : kinds) {
            String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
            try {
                Digest.Kind.valueOf(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kinds must hold ARTICLE, STORY or PERIOD, not '" + kind + "'");
            }
            if (!upper.contains(k)) {
                upper.add(k);
            }
        }
        required("channel", channel);
        switch (channel) {
            case WEBHOOK -> {
                absent("email", email, WEBHOOK);
                absent("schedule", schedule, WEBHOOK);
                absent("timeZone", timeZone, WEBHOOK);
                webhookUrl();
            }
            case EMAIL -> {
                absent("url", url, EMAIL);
                required("email", email);
                if (email.length() > MAX_EMAIL_CHARS || !EMAIL_ADDRESS.matcher(email).matches()) {
                    throw new IllegalArgumentException("email is not an e-mail address: '" + email + "'");
                }
                required("schedule", schedule);
                required("timeZone", timeZone);
                DeliverySchedule.parse(schedule, timeZone);
            }
            default -> throw new IllegalArgumentException("channel must be webhook or email, was '" + channel + "'");
        }
        if (secret != null && (secret.length() < MIN_SECRET_CHARS || secret.length() > MAX_SECRET_CHARS)) {
            throw new IllegalArgumentException("secret must be " + MIN_SECRET_CHARS + " to " + MAX_SECRET_CHARS
                    + " characters (leave it out and one is generated)");
        }
        return new SubscriptionSpec(target, lang, upper, channel, url, secret, email, schedule, timeZone);
    }

    /** The webhook URL, absolute http(s) with a host; its address is judged by the caller. */
    public URI webhookUrl() {
        required("url", url);
        if (url.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException("url must be at most " + MAX_URL_CHARS + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL with a host, was '" + url + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not carry credentials; the signature authenticates the call");
        }
        return uri;
    }

    /** Without the secret, so that no log line ever carries it. */
    @Override
    public String toString() {
        return "SubscriptionSpec[target=" + target + ", lang=" + lang + ", kinds=" + kinds + ", channel=" + channel + ", url=" + url
                + ", secret=" + (secret == null ? "none" : "***") + ", email=" + email + ", schedule=" + schedule
                + ", timeZone=" + timeZone + "]";
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static void absent(String field, String value, String channel) {
        if (value != null) {
            throw new IllegalArgumentException(field + " does not apply to the " + channel + " channel");
        }
    }
}
