package io.veille.extractor.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.veille.extractor.api.ArticleViews.ArticleDetail;
import io.veille.extractor.api.ArticleViews.ArticlePage;
import io.veille.extractor.api.ArticleViews.ArticleSummary;
import io.veille.extractor.persist.ArticleEntity;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.FactRepository;
import io.veille.extractor.persist.NamedEntityRepository;
import io.veille.support.api.ProblemException;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Extracted articles with their entities and facts")
public class ArticleResource {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final NamedEntityRepository entities;

    public ArticleResource(ArticleRepository articles, FactRepository facts, NamedEntityRepository entities) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
    }

    // Parameters arrive as strings so that a bad value is a 400 problem, not JAX-RS's bare 404.
    @GET
    @Operation(summary = "List articles, newest first")
    public ArticlePage list(
            @Parameter(description = "page index, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "ISO 639-1 language code, e.g. fr") @QueryParam("lang") String lang,
            @Parameter(description = "ISO-8601 instant or date: only articles published since") @QueryParam("since") String since) {
        int pageIndex = intParam("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = intParam("size", size, 20, 1, MAX_PAGE_SIZE);
        String language = lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
        var items = articles.page(language, instantParam(since), pageIndex, pageSize).stream().map(ArticleSummary::of).toList();
        return new ArticlePage(pageIndex, pageSize, items);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its text, entities and facts")
    public ArticleDetail get(@PathParam("id") String id) {
        ArticleEntity article = articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no article with id " + id));
        return ArticleDetail.of(article, entities.ofArticle(id), facts.ofArticle(id));
    }

    static int intParam(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.badRequest(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer, was '" + raw + "'");
        }
    }

    static Instant instantParam(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.badRequest("not an ISO-8601 date or date-time: '" + raw + "'");
            }
        }
    }
}
