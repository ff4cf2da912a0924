package io.veille.crawler.fetch;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the crawler says it is: a product token robots.txt groups can name, a version, and where a
 * site owner reads about it or asks us to stop.
 */
public record UserAgent(String name, String version, String contactUrl) {

    /** RFC 9309 §2.2.1: the product token is letters, underscores and hyphens. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_-]+");

    public UserAgent {
        if (name == null || !TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("the user agent name must be letters, '_' or '-' (a robots.txt product token), got '"
                    + name + "'");
        }
        if (contactUrl == null || contactUrl.isBlank()) {
            throw new IllegalArgumentException("the user agent needs a contact URL, so that a site owner can reach us");
        }
    }

    /** {@code VeilleBot/0.2 (+https://example.org/bot; self-hosted news monitoring)} */
    public String header() {
        return name + "/" + version + " (+" + contactUrl.strip() + "; self-hosted news monitoring)";
    }

    /** What a robots.txt {@code User-agent:} line names us by. */
    public String robotsToken() {
        return name.toLowerCase(Locale.ROOT);
    }
}
