package io.veille.crawler.api;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.common.annotation.Blocking;
import io.veille.crawler.fetch.FetchRequest;
import io.veille.crawler.fetch.FetchResult;
import io.veille.crawler.robots.RobotsAwareFetcher;
import io.veille.support.security.Roles;

/** Fetches one page with the crawler's guards and the site's robots.txt, for services (and people) that need a page now. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/fetch")
public class FetchResource {

    public record FetchCommand(String url) {
    }

    /** @param status the target's HTTP status, relayed as is: a 404 page is a fetch that worked */
    public record FetchedPage(String url, String finalUrl, int status, String contentType, String charset, String html,
                              boolean truncated) {
    }

    private final RobotsAwareFetcher fetcher;

    public FetchResource(RobotsAwareFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch a page with the crawler's guards (public addresses only unless allow-listed, size and time caps)")
    @APIResponse(responseCode = "200", description = "The target answered; its status is in the body")
    @APIResponse(responseCode = "400", description = "Missing or refused URL (scheme, private address, too many redirects)")
    @APIResponse(responseCode = "403", description = "The site's robots.txt disallows the URL")
    @APIResponse(responseCode = "502", description = "The target could not be reached or did not answer in time")
    public FetchedPage fetch(FetchCommand command) {
        if (command == null || command.url() == null || command.url().isBlank()) {
            throw new BadRequestException("the body must be {\"url\": \"https://...\"}");
        }
        URI url;
        try {
            url = new URI(command.url().strip());
        } catch (URISyntaxException e) {
            throw new BadRequestException("not a URL: " + e.getMessage());
        }
        FetchResult result = fetcher.fetch(FetchRequest.of(url));
        return new FetchedPage(result.url().toString(), result.finalUrl().toString(), result.status(), result.contentType(),
                result.charset().name(), result.text(), result.truncated());
    }
}
