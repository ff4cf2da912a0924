package io.veille.summary.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.veille.summary.subscription.Watch;
import io.veille.summary.persist.TopicWatchRepository.SubscriptionConflictException;
import io.veille.summary.service.SubscriptionCatalog;
import io.veille.support.api.ProblemException;
import io.veille.support.security.Roles;

/** Watches, changed at run time: saved searches whose ARTICLE and STORY digests are tagged watch:<id> (a watch= filter). */
@Path("/api/v1/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subscriptions")
public class WatchResource {

    private final SubscriptionCatalog catalog;

    public WatchResource(SubscriptionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(summary = "The watches, in id order")
    public List<WatchView> list() {
        return catalog.storedWatches().stream().map(WatchView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(summary = "One watch")
    @APIResponse(responseCode = "404", description = "No such watch")
    public WatchView get(@PathParam("id") String id) {
        return catalog.storedWatch(id).map(WatchView::of).orElseThrow(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Add a watch; digests written from now on that match it are tagged watch:<id>")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Unknown field, bad slug, a query that does not parse, over 500 characters or 50 terms, neither query nor entity, unknown language")
    @APIResponse(responseCode = "409", description = "A watch with that id exists, or veille.summary.subscriptions.max-watches are stored")
    public Response create(JsonNode body) {
        WatchBody b = StrictBody.read(body, WatchBody.class, "a watch", WatchBody.FIELDS);
        try {
            WatchView created = WatchView.of(catalog.create(watch(b.id(), b)));
            return Response.created(URI.create("/api/v1/watches/" + created.id())).entity(created).build();
        } catch (SubscriptionConflictException | SubscriptionCatalog.CatalogFullException e) {
            throw new ProblemException(409, "Conflict", e.getMessage());
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Replace a watch")
    @APIResponse(responseCode = "400", description = "As for POST, or the body's id is not the path's")
    @APIResponse(responseCode = "404", description = "No such watch")
    public WatchView replace(@PathParam("id") String id, JsonNode body) {
        WatchBody b = StrictBody.read(body, WatchBody.class, "a watch", WatchBody.FIELDS);
        StrictBody.samePathId(b.id(), id);
        return catalog.replace(watch(id, b)).map(WatchView::of).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Remove a watch")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such watch")
    public Response delete(@PathParam("id") String id) {
        if (!catalog.deleteWatch(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static Watch watch(String id, WatchBody b) {
        try {
            return Watch.of(id, b.label(), b.query(), b.entity(), b.source(), b.lang(), b.minStorySize());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no watch with id '" + id + "'");
    }
}
