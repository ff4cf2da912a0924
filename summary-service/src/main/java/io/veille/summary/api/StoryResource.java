package io.veille.summary.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.veille.contracts.Digest;
import io.veille.summary.digest.DigestIds;
import io.veille.summary.persist.DigestRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

    private final DigestRepository digests;

    public StoryResource(DigestRepository digests) {
        this.digests = digests;
    }

    @GET
    @Path("/{id}/digest")
    @Operation(summary = "The current STORY digest of a story in a language")
    public Digest digest(@PathParam("id") String storyId, @QueryParam("lang") @DefaultValue("fr") String lang) {
        String language = DigestFilters.language(lang);
        return digests.latest(DigestIds.of(Digest.Kind.STORY, storyId, language)).map(s -> s.digest())
                .orElseThrow(() -> ProblemException.notFound("no " + language + " digest for story " + storyId + " (yet)"));
    }
}
