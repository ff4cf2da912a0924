package io.veille.extractor.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.extractor.persist.ArticleRevisionEntity;
import io.veille.extractor.persist.EntitySummary;
import io.veille.extractor.persist.FactHit;

/** The JSON shapes of the search endpoints (facts, entities) and of an article's revisions. */
final class SearchViews {

    private SearchViews() {
    }

    /** One page of results; {@code total} counts every result of the query. */
    record ResultPage<T>(int page, int size, long total, List<T> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArticleRef(String id, String url, String title, Instant publishedAt, String lang) {
    }

    /** start and end are offsets into the article's text; text is exactly that span. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactItem(String type, String text, int start, int end, BigDecimal value, BigDecimal valueEnd, String currency,
            String unit, String date, String dateEnd, String qualifier, String speaker, String quote, ArticleRef article) {

        static FactItem of(FactHit f) {
            return new FactItem(f.type(), f.text(), f.start(), f.end(), f.value(), f.valueEnd(), f.currency(), f.unit(), f.date(),
                    f.dateEnd(), f.qualifier(), f.speaker(), f.quote(),
                    new ArticleRef(f.articleId(), f.articleUrl(), f.articleTitle(), f.articlePublishedAt(), f.articleLang()));
        }
    }

    record EntityItem(String name, String key, String type, List<String> aliases, long articles, long mentions,
            Instant lastSeen) {

        static EntityItem of(EntitySummary e) {
            return new EntityItem(e.name(), e.key(), e.type(), e.aliases(), e.articles(), e.mentions(), e.lastSeen());
        }
    }

    record RevisionList(String articleId, int currentRevision, List<RevisionItem> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RevisionItem(int revision, String contentHash, String title, String text, Instant extractedAt) {

        static RevisionItem of(ArticleRevisionEntity r) {
            return new RevisionItem(r.revision, r.contentHash, r.title, r.text, r.extractedAt);
        }
    }
}
