package io.veille.extractor.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.veille.extractor.api.SearchViews.FactItem;
import io.veille.extractor.api.SearchViews.ResultPage;
import io.veille.contracts.FactType;
import io.veille.extractor.persist.FactFilter;
import io.veille.extractor.persist.FactSearchRepository;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "facts", description = "Facts across articles: amounts, dates, quantities, percentages, quotes")
public class FactResource {

    private final FactSearchRepository facts;

    public FactResource(FactSearchRepository facts) {
        this.facts = facts;
    }

    @GET
    @Operation(summary = "Search facts, newest articles first")
    @APIResponse(responseCode = "400", description = "a bad parameter")
    public ResultPage<FactItem> search(
            @Parameter(description = "MONEY, DATE, QUANTITY, PERCENT or QUOTE") @QueryParam("type") String type,
            @Parameter(description = "facts of articles naming this entity: canonical name or alias, any case and accents")
            @QueryParam("entity") String entity,
            @Parameter(description = "ISO-8601 instant or date: articles published since") @QueryParam("since") String since,
            @Parameter(description = "ISO 4217 code, e.g. EUR") @QueryParam("currency") String currency,
            @Parameter(description = "the article's language, e.g. fr") @QueryParam("lang") String lang,
            @Parameter(description = "page index, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        FactFilter filter = new FactFilter(QueryParams.constantName("type", type, FactType.values()),
                QueryParams.term("entity", entity), QueryParams.instant("since", since),
                QueryParams.currency("currency", currency), QueryParams.language("lang", lang));
        int pageIndex = QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = QueryParams.integer("size", size, 20, 1, ArticleResource.MAX_PAGE_SIZE);
        QueryParams.requireAddressable(pageIndex, pageSize);
        var found = facts.search(filter, pageIndex, pageSize);
        return new ResultPage<>(pageIndex, pageSize, found.total(), found.items().stream().map(FactItem::of).toList());
    }
}
