package io.veille.extractor.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.story.OneStoryPerArticle;
import io.veille.extractor.story.StoryAssigner;

/**
 * Makes the plain-Java domain classes injectable without putting annotations on them.
 * Singletons, not proxies: they are thread-safe and some are final.
 */
public class DomainBeansConfig {

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }

    @Produces
    @Singleton
    StoryAssigner storyAssigner() {
        return new OneStoryPerArticle();
    }
}
