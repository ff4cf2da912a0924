package io.veille.extractor.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.veille.extractor.api.ArticleViews.ArticleSummary;
import io.veille.extractor.api.SearchViews.EntityItem;
import io.veille.extractor.api.SearchViews.ResultPage;
import io.veille.extractor.entity.EntityType;
import io.veille.extractor.persist.ArticleEntity;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.EntityDirectoryRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities", description = "People, organisations and places across articles")
public class EntityResource {

    private final EntityDirectoryRepository directory;
    private final ArticleRepository articles;

    public EntityResource(EntityDirectoryRepository directory, ArticleRepository articles) {
        this.directory = directory;
        this.articles = articles;
    }

    @GET
    @Operation(summary = "Search entities by part of a name or alias, most cited first")
    @APIResponse(responseCode = "400", description = "a bad parameter")
    public ResultPage<EntityItem> search(
            @Parameter(description = "part of a name or alias, any case and accents") @QueryParam("q") String q,
            @Parameter(description = "PERSON, ORG or LOC") @QueryParam("type") String type,
            @Parameter(description = "page index, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        String term = QueryParams.term("q", q);
        String entityType = QueryParams.constantName("type", type, EntityType.values());
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, ArticleResource.MAX_PAGE_SIZE);
        QueryParams.requireAddressable(pageIndex, pageSize);
        var found = directory.search(term, entityType, pageIndex, pageSize);
        return new ResultPage<>(pageIndex, pageSize, found.total(), found.items().stream().map(EntityItem::of).toList());
    }

    @GET
    @Path("/{type}/{name}/articles")
    @Operation(summary = "Articles naming an entity (canonical name or alias), newest first")
    @APIResponse(responseCode = "400", description = "a bad type or parameter")
    public ResultPage<ArticleSummary> articles(
            @PathParam("type") String type,
            @PathParam("name") String name,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String entityType = QueryParams.constantName("type", type, EntityType.values());
        String entityName = QueryParams.term("name", name);
        if (entityType == null || entityName == null) {
            throw ProblemException.badRequest("type and name are required");
        }
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, ArticleResource.MAX_PAGE_SIZE);
        QueryParams.requireAddressable(pageIndex, pageSize);
        var ids = directory.articleIds(entityName, entityType, pageIndex, pageSize);
        Map<String, ArticleEntity> byId = articles.list("id in ?1", ids.items()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        var items = ids.items().stream().map(byId::get).map(ArticleSummary::of).toList();
        return new ResultPage<>(pageIndex, pageSize, ids.total(), items);
    }
}
