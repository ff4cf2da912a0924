package io.veille.summary.api;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.smallrye.common.annotation.Blocking;
import io.veille.summary.persist.DeliveryRepository;
import io.veille.summary.service.Subscriptions;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

/** Subscriptions to digests (a webhook or e-mail per target and language) and their delivery log. */
@RolesAllowed(Roles.SUBSCRIBE)
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubscriptionResource {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_PAGE = 10_000;
    private static final String FIELDS = "target, lang, kinds, channel, url, secret, email, schedule, timeZone";
    /** A misspelt field (timezone for timeZone) is an error, not a silently missing setting. */
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Subscriptions subscriptions;

    public SubscriptionResource(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe: the response is the only one that shows the secret signing the webhooks")
    @APIResponse(responseCode = "201", description = "Created, with the secret")
    @APIResponse(responseCode = "400", description = "A field is missing, malformed, or does not apply to the channel;"
            + " or the webhook URL is refused (private address)")
    public Response create(JsonNode body) {
        SubscriptionView created = SubscriptionView.withSecret(subscriptions.create(read(body).spec()));
        return Response.created(URI.create("/api/v1/subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The subscriptions, newest first (without their secrets)")
    public ListPage<SubscriptionView> list(@QueryParam("page") @DefaultValue("0") String pageParam,
                                           @QueryParam("size") @DefaultValue("20") String sizeParam) {
        int page = QueryParams.integer("page", pageParam, 0, 0, MAX_PAGE);
        int size = QueryParams.integer("size", sizeParam, 20, 1, MAX_PAGE_SIZE);
        return new ListPage<>(subscriptions.page(page, size).stream().map(SubscriptionView::of).toList(), page, size,
                subscriptions.count());
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView get(@PathParam("id") String id) {
        return subscriptions.find(id).map(SubscriptionView::of).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a subscription; its secret changes only when one is given")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public SubscriptionView update(@PathParam("id") String id, JsonNode body) {
        return subscriptions.update(id, read(body).spec()).map(SubscriptionView::of).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe (its delivery log goes with it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        if (!subscriptions.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log: each digest version sent or to send, newest first, with its attempts")
    public ListPage<DeliveryRepository.Logged> deliveries(@PathParam("id") String id,
                                                          @QueryParam("page") @DefaultValue("0") String pageParam,
                                                          @QueryParam("size") @DefaultValue("20") String sizeParam) {
        int page = QueryParams.integer("page", pageParam, 0, 0, MAX_PAGE);
        int size = QueryParams.integer("size", sizeParam, 20, 1, MAX_PAGE_SIZE);
        subscriptions.find(id).orElseThrow(() -> notFound(id));
        return new ListPage<>(subscriptions.log(id, page, size), page, size, subscriptions.deliveryCount(id));
    }

    @POST
    @Path("/{id}/send")
    @Operation(summary = "Send an e-mail subscription's digest now, covering the window since the last one")
    @APIResponse(responseCode = "202", description = "Due now: the sender takes it at its next tick")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(responseCode = "409", description = "A webhook subscription, or one unsubscribed")
    public Response sendNow(@PathParam("id") String id) {
        subscriptions.sendNow(id);
        return Response.accepted(Map.of("subscription", id, "due", "now")).build();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a dead delivery again, with a fresh count of attempts")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "404", description = "No such delivery of this subscription")
    @APIResponse(responseCode = "409", description = "The delivery is not dead")
    public Response retry(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        long delivery;
        try {
            delivery = Long.parseLong(deliveryId);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("subscription " + id + " has no delivery " + deliveryId);
        }
        return switch (subscriptions.retry(id, delivery)) {
            case REQUEUED -> Response.accepted(Map.of("delivery", delivery, "state", "pending")).build();
            case NOT_FOUND -> throw ProblemException.notFound("subscription " + id + " has no delivery " + deliveryId);
            case NOT_DEAD -> throw new ProblemException(409, "Conflict", "delivery " + deliveryId
                    + " is not dead: only a dead delivery is retried by hand");
        };
    }

    private static SubscriptionBody read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("the body must be a subscription: {\"target\": \"topic:ia\", \"lang\": \"fr\","
                    + " \"channel\": \"webhook\", \"url\": \"https://...\"}");
        }
        try {
            return STRICT.treeToValue(body, SubscriptionBody.class);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.badRequest("unknown field '" + e.getPropertyName() + "'; a subscription has " + FIELDS);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                    .collect(Collectors.joining("."));
            throw ProblemException.badRequest((field.isEmpty() ? "not a subscription" : field + " has the wrong type")
                    + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("not a subscription: " + e.getOriginalMessage());
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no subscription " + id);
    }
}
