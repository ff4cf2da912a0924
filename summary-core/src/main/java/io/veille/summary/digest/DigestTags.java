package io.veille.summary.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.veille.contracts.ExtractedArticle;

/**
 * What a digest is about, as tags the API filters on: "story:…", "article:…", "entity:emmanuel
 * macron", "topic:ia", "period:2025-02-10", "watch:…". Entity names and topics are folded (lower case, no
 * accents) so that a filter matches however it is typed.
 */
public final class DigestTags {

    private DigestTags() {
    }

    public static Set<String> of(List<ExtractedArticle> articles, List<Topic> topics) {
        Set<String> tags = new LinkedHashSet<>();
        for (ExtractedArticle article : articles) {
            tags.add(article(article.articleId()));
            if (article.storyId() != null && !article.storyId().isBlank()) {
                tags.add(story(article.storyId()));
            }
            for (ExtractedArticle.Entity entity : article.entities()) {
                if (entity.name() != null && !entity.name().isBlank()) {
                    tags.add(entity(entity.name()));
                }
            }
            String searchable = topics.isEmpty() ? "" : Topic.searchable(article);
            for (Topic topic : topics) {
                if (topic.matches(searchable)) {
                    tags.add(topic(topic.id()));
                }
            }
        }
        return tags;
    }

    public static String article(String id) {
        return "article:" + id;
    }

    public static String story(String id) {
        return "story:" + id;
    }

    public static String entity(String name) {
        return "entity:" + Topic.fold(name);
    }

    public static String topic(String id) {
        return "topic:" + Topic.fold(id);
    }

    public static String period(String day) {
        return "period:" + day;
    }

    /** A watch's tag: "watch:" and its id as given (watch ids are not folded). */
    public static String watch(String id) {
        return "watch:" + id;
    }

    /** The ids of the tags of one prefix ("topic:", "watch:", "story:"...), in tag order. */
    public static List<String> idsOf(String prefix, Iterable<String> tags) {
        List<String> ids = new ArrayList<>();
        for (String tag : tags) {
            if (tag.startsWith(prefix)) {
                ids.add(tag.substring(prefix.length()));
            }
        }
        return ids;
    }
}
