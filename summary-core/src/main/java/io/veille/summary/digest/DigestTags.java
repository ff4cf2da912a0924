package io.veille.summary.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.veille.contracts.ExtractedArticle;
import io.veille.summary.subscription.Folding;
import io.veille.summary.subscription.Watch;

/**
 * What a digest is about, as tags the API filters on: "story:…", "article:…", "entity:emmanuel
 * macron", "topic:ia", "watch:ai-act", "period:2025-02-10". Entity names and topics are folded
 * (lower case, no accents) so that a filter matches however it is typed.
 */
public final class DigestTags {

    private DigestTags() {
    }

    public static Set<String> of(List<ExtractedArticle> articles, List<Topic> topics) {
        return of(articles, topics.isEmpty() ? null : articles.stream().map(Folding::searchable).toList(), topics);
    }

    /** The tags of an ARTICLE or STORY digest, with "watch:<id>" for each watch its subject matches. */
    public static Set<String> of(DigestSubject subject, List<Topic> topics, List<Watch> watches) {
        List<ExtractedArticle> articles = subject.articles();
        List<String> searchables = topics.isEmpty() && watches.isEmpty() ? null
                : articles.stream().map(Folding::searchable).toList();
        Set<String> tags = of(articles, searchables, topics);
        for (Watch watch : watches) {
            if (watch.matches(articles, searchables, subject.isStory())) {
                tags.add(watch(watch.id()));
            }
        }
        return tags;
    }

    /** @param searchables each article's folded text, null when no topic reads it */
    private static Set<String> of(List<ExtractedArticle> articles, List<String> searchables, List<Topic> topics) {
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            ExtractedArticle article = articles.get(i);
            tags.add(article(article.articleId()));
            if (article.storyId() != null && !article.storyId().isBlank()) {
                tags.add(story(article.storyId()));
            }
            for (ExtractedArticle.Entity entity : article.entities()) {
                if (entity.name() != null && !entity.name().isBlank()) {
                    tags.add(entity(entity.name()));
                }
            }
            for (Topic topic : topics) {
                if (topic.covers(article, searchables.get(i))) {
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

    public static String watch(String id) {
        return "watch:" + Topic.fold(id);
    }

    public static String period(String day) {
        return "period:" + day;
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
