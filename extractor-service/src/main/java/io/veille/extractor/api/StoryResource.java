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

import io.veille.extractor.api.StoryViews.StoryDetail;
import io.veille.extractor.api.StoryViews.StoryPage;
import io.veille.extractor.api.StoryViews.StorySummary;
import io.veille.extractor.persist.ArticleRepository;
import io.veille.extractor.persist.StoryEntity;
import io.veille.extractor.persist.StoryRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stories", description = "Articles about the same event, across sources and languages")
public class StoryResource {

    private final StoryRepository stories;
    private final ArticleRepository articles;

    public StoryResource(StoryRepository stories, ArticleRepository articles) {
        this.stories = stories;
        this.articles = articles;
    }

    @GET
    @Operation(summary = "List stories, most recently published first")
    public StoryPage list(
            @Parameter(description = "page index, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "ISO 639-1 code: only stories with an article in this language") @QueryParam("lang") String lang,
            @Parameter(description = "ISO-8601 instant or date: only stories with an article published since") @QueryParam("since") String since) {
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, ArticleResource.MAX_PAGE_SIZE);
        QueryParams.requireAddressable(pageIndex, pageSize);
        String language = QueryParams.language("lang", lang);
        var items = stories.page(language, QueryParams.instant("since", since), pageIndex, pageSize).stream()
                .map(StorySummary::of).toList();
        return new StoryPage(pageIndex, pageSize, items);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One story with its articles, oldest first")
    public StoryDetail get(@PathParam("id") String id) {
        StoryEntity story = stories.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no story with id " + id));
        return StoryDetail.of(story, articles.ofStory(id));
    }
}
