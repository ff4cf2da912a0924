package io.veille.summary.digest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.veille.contracts.Digest;

/**
 * The Kafka headers of a digest record, so a subscriber filters records without parsing their
 * value: kind, language, the topics and watches it is on (comma-separated ids, sorted; absent when
 * none) and, for an ARTICLE or STORY digest, its story.
 */
public final class DigestHeaders {

    public static final String KIND = "veille-kind";
    public static final String LANG = "veille-lang";
    public static final String TOPICS = "veille-topics";
    public static final String WATCHES = "veille-watches";
    public static final String STORY = "veille-story";

    private static final String TOPIC_PREFIX = DigestTags.topic("");
    private static final String WATCH_PREFIX = DigestTags.watch("");
    private static final String STORY_PREFIX = DigestTags.story("");

    private DigestHeaders() {
    }

    /** Header name to value, in a stable order. */
    public static Map<String, String> of(Digest digest, Collection<String> tags) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(KIND, digest.kind().name());
        headers.put(LANG, digest.lang());
        putList(headers, TOPICS, DigestTags.idsOf(TOPIC_PREFIX, tags));
        putList(headers, WATCHES, DigestTags.idsOf(WATCH_PREFIX, tags));
        switch (digest.kind()) {
            case STORY -> headers.put(STORY, digest.subjectId());
            case ARTICLE -> DigestTags.idsOf(STORY_PREFIX, tags).stream().sorted().findFirst().ifPresent(id -> headers.put(STORY, id));
            case PERIOD -> {
                // a period lists many stories: its story tags are for the list filter, not a header
            }
        }
        return headers;
    }

    private static void putList(Map<String, String> headers, String name, List<String> ids) {
        if (!ids.isEmpty()) {
            headers.put(name, String.join(",", ids.stream().distinct().sorted().toList()));
        }
    }
}
