package io.veille.extractor.api;

import jakarta.annotation.security.RolesAllowed;
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
import io.veille.extractor.api.SearchViews.RevisionItem;
import io.veille.extractor.api.SearchViews.RevisionList;
import io.veille.extractor.persist.ArticleEntity;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.ArticleRevisionRepository;
import io.veille.extractor.persist.FactRepository;
import io.veille.extractor.persist.NamedEntityRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Extracted articles with their entities and facts")
public class ArticleResource {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final NamedEntityRepository entities;
    private final ArticleRevisionRepository revisions;

    public ArticleResource(ArticleRepository articles, FactRepository facts, NamedEntityRepository entities,
            ArticleRevisionRepository revisions) {
        this.articles = articles;
        this.facts = facts;
        this.entities = entities;
        this.revisions = revisions;
    }

    @GET
    @Operation(summary = "List articles, newest first")
    public ArticlePage list(
            @Parameter(description = "page index, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "ISO 639-1 language code, e.g. fr") @QueryParam("lang") String lang,
            @Parameter(description = "ISO-8601 instant or date: only articles published since") @QueryParam("since") String since) {
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, MAX_PAGE_SIZE);
        QueryParams.requireAddressable(pageIndex, pageSize);
        String language = QueryParams.language("lang", lang);
        var items = articles.page(language, QueryParams.instant("since", since), pageIndex, pageSize).stream()
                .map(ArticleSummary::of).toList();
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

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "The article's earlier extractions, newest first")
    public RevisionList revisions(@PathParam("id") String id) {
        ArticleEntity article = articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no article with id " + id));
        return new RevisionList(id, article.revision, revisions.ofArticle(id).stream().map(RevisionItem::of).toList());
    }
}
