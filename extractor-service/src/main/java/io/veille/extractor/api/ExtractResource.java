package io.veille.extractor.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.veille.extractor.extraction.ArticleExtractor;
import io.veille.extractor.extraction.ExtractionJson;
import io.veille.extractor.extraction.Page;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

/** Extraction on demand, without Kafka or the database: what the batch command line does, over HTTP. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/extract")
@Tag(name = "extract", description = "Extract text, entities and facts from a page or a text")
public class ExtractResource {

    private final ArticleExtractor extractor;

    public ExtractResource(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract one page or text; same JSON as ./veille extract")
    @APIResponse(responseCode = "400", description = "neither html nor text, or a bad date")
    @APIResponse(responseCode = "413", description = "body larger than 5 MB")
    public String extract(ExtractRequest request) {
        if (request == null || (isBlank(request.html()) && isBlank(request.text()))) {
            throw ProblemException.badRequest("the body needs a non-empty 'html' or 'text'");
        }
        String content = isBlank(request.html()) ? request.text() : request.html();
        String lang = isBlank(request.lang()) ? null : request.lang().trim();
        Page page = new Page(content, request.url(), lang, QueryParams.instant("published", request.published()));
        // Written by the CLI's own serialiser (plain decimals), not by the REST layer's Jackson, which
        // would treat the tree as a bean.
        return ExtractionJson.line(ExtractionJson.toJson(null, request.url(), extractor.extract(page)));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
