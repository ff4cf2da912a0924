package io.veille.summary.delivery;

import io.veille.summary.digest.Topics;

/** What a subscription's target is called in its e-mails: a topic's label, a watch's id, or "all news". */
public final class EmailTargets {

    public static final String ALL = "all";
    private static final String TOPIC = "topic:";
    private static final String WATCH = "watch:";

    private EmailTargets() {
    }

    public static String label(String target, String lang, Topics topics) {
        if (ALL.equals(target)) {
            return EmailWording.of(lang).all();
        }
        if (target.startsWith(TOPIC)) {
            String id = target.substring(TOPIC.length());
            return topics.all().stream().filter(t -> t.id().equals(id)).findFirst()
                    .map(t -> "fr".equals(lang) ? t.labelFr() : t.labelEn()).filter(l -> l != null && !l.isBlank()).orElse(id);
        }
        return target.startsWith(WATCH) ? target.substring(WATCH.length()) : target;
    }

    /** The digest tag a target selects, or null for every digest of the language. */
    public static String tag(String target) {
        return ALL.equals(target) ? null : target;
    }
}
