package io.veille.extractor.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.contracts.ExtractedArticle.Span;
import io.veille.extractor.persist.ArticleEntity;
import io.veille.extractor.persist.FactEntity;
import io.veille.extractor.persist.NamedEntityEntity;

/** The JSON shapes of GET /api/v1/articles and /api/v1/articles/{id}. */
final class ArticleViews {

    private ArticleViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleSummary(String id, String storyId, String copyOf, String url, String canonicalUrl, String sourceId, String lang,
            String title, String byline, String siteName, Instant publishedAt, Instant createdAt, Instant updatedAt) {

        static ArticleSummary of(ArticleEntity a) {
            return new ArticleSummary(a.id, a.storyId, a.copyOf, a.url, a.canonicalUrl, a.sourceId, a.lang, a.title, a.byline,
                    a.siteName, a.publishedAt, a.createdAt, a.updatedAt);
        }
    }

    record ArticlePage(int page, int size, List<ArticleSummary> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleDetail(String id, String storyId, String copyOf, String url, String canonicalUrl, String sourceId, String lang,
            String title, String byline, String siteName, Instant publishedAt, Instant modifiedAt, String image,
            String section, Instant createdAt, Instant updatedAt, String text, List<EntityView> entities,
            List<FactView> facts) {

        static ArticleDetail of(ArticleEntity a, List<NamedEntityEntity> entities, List<FactEntity> facts) {
            return new ArticleDetail(a.id, a.storyId, a.copyOf, a.url, a.canonicalUrl, a.sourceId, a.lang, a.title, a.byline,
                    a.siteName, a.publishedAt, a.modifiedAt, a.image, a.section, a.createdAt, a.updatedAt, a.text,
                    entities.stream().map(EntityView::of).toList(),
                    facts.stream().map(FactView::of).toList());
        }
    }

    record EntityView(String name, String type, List<String> aliases, List<Span> mentions) {

        static EntityView of(NamedEntityEntity e) {
            return new EntityView(e.name, e.type, e.aliases, e.mentions);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactView(String type, String text, int start, int end, BigDecimal value, BigDecimal valueEnd, String currency,
            String unit, String date, String dateEnd, String qualifier, String speaker, String quote) {

        static FactView of(FactEntity f) {
            return new FactView(f.type, f.text, f.startOffset, f.endOffset, f.value, f.valueEnd, f.currency, f.unit, f.dateValue,
                    f.dateEnd, f.qualifier, f.speaker, f.quote);
        }
    }
}
