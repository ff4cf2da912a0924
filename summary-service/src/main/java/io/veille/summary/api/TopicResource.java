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

import io.veille.summary.digest.Topic;
import io.veille.summary.persist.TopicWatchRepository.SubscriptionConflictException;
import io.veille.summary.service.SubscriptionCatalog;
import io.veille.support.api.ProblemException;
import io.veille.support.security.Roles;

/** Digest topics, changed at run time: each gets its period digests and is a topic= filter of /api/v1/digests. */
@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subscriptions")
public class TopicResource {

    private final SubscriptionCatalog catalog;

    public TopicResource(SubscriptionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(summary = "The digest topics, configured and added, in id order")
    public List<TopicView> list() {
        return catalog.storedTopics().stream().map(TopicView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(summary = "One digest topic")
    @APIResponse(responseCode = "404", description = "No such topic")
    public TopicView get(@PathParam("id") String id) {
        return catalog.storedTopic(id).map(TopicView::of).orElseThrow(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Add a topic; articles digested from now on are tagged with it")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Unknown field, bad slug, no term nor entity, unknown language, too many items")
    @APIResponse(responseCode = "409", description = "A topic with that id exists, or veille.summary.subscriptions.max-topics are stored")
    public Response create(JsonNode body) {
        TopicBody b = StrictBody.read(body, TopicBody.class, "a topic", TopicBody.FIELDS);
        try {
            TopicView created = TopicView.of(catalog.create(topic(b.id(), b)));
            return Response.created(URI.create("/api/v1/topics/" + created.id())).entity(created).build();
        } catch (SubscriptionConflictException | SubscriptionCatalog.CatalogFullException e) {
            throw new ProblemException(409, "Conflict", e.getMessage());
        }
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Replace a topic's definition")
    @APIResponse(responseCode = "400", description = "As for POST, or the body's id is not the path's")
    @APIResponse(responseCode = "404", description = "No such topic")
    public TopicView replace(@PathParam("id") String id, JsonNode body) {
        TopicBody b = StrictBody.read(body, TopicBody.class, "a topic", TopicBody.FIELDS);
        StrictBody.samePathId(b.id(), id);
        return catalog.replace(topic(id, b)).map(TopicView::of).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.SUBSCRIBE)
    @Operation(summary = "Remove a topic (a configured one is not seeded again)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response delete(@PathParam("id") String id) {
        if (!catalog.deleteTopic(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static Topic topic(String id, TopicBody b) {
        try {
            return Topic.define(id, b.labelFr(), b.labelEn(), b.terms(), b.entities(), b.sources(), b.languages());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no topic with id '" + id + "'");
    }
}
