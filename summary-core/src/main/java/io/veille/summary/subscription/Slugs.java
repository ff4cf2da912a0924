package io.veille.summary.subscription;

import java.util.regex.Pattern;

/** Topic and watch ids: a lower-case slug, so they read well in tags ("watch:ai-act") and URLs. */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Slugs() {
    }

    /** @throws IllegalArgumentException naming the id when it is not a slug */
    public static String require(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required: a slug such as 'ai-act' (a-z, 0-9 and '-', at most 64)");
        }
        if (!SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + Limits.shown(id) + "' is not a slug: lower-case letters, digits and '-',"
                    + " starting with a letter or digit, at most 64 characters");
        }
        return id;
    }
}
