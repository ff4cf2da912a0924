package io.veille.extractor.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.extractor.persist.ArticleEntity;
import io.veille.extractor.persist.StoryEntity;

/** The JSON shapes of GET /api/v1/stories and /api/v1/stories/{id}. */
final class StoryViews {

    private StoryViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StorySummary(String id, String title, Instant firstPublishedAt, Instant lastPublishedAt, int articleCount,
            List<String> languages, Instant createdAt, Instant updatedAt) {

        static StorySummary of(StoryEntity s) {
            return new StorySummary(s.id, s.title, s.firstPublishedAt, s.lastPublishedAt, s.articleCount, s.languages,
                    s.createdAt, s.updatedAt);
        }
    }

    record StoryPage(int page, int size, List<StorySummary> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoryDetail(String id, String title, Instant firstPublishedAt, Instant lastPublishedAt, int articleCount,
            List<String> languages, Instant createdAt, Instant updatedAt, List<StoryArticle> articles) {

        static StoryDetail of(StoryEntity s, List<ArticleEntity> articles) {
            return new StoryDetail(s.id, s.title, s.firstPublishedAt, s.lastPublishedAt, s.articleCount, s.languages,
                    s.createdAt, s.updatedAt, articles.stream().map(StoryArticle::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoryArticle(String id, String url, String source, String lang, String title, Instant publishedAt) {

        static StoryArticle of(ArticleEntity a) {
            return new StoryArticle(a.id, a.url, a.siteName != null ? a.siteName : a.sourceId, a.lang, a.title, a.publishedAt);
        }
    }
}
