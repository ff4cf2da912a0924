package io.veille.crawler.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.smallrye.common.annotation.Blocking;
import io.veille.crawler.poll.SourceState;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.robots.RobotsAwareFetcher;
import io.veille.crawler.robots.RobotsDecision;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.service.PollJob;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceDefinition;
import io.veille.crawler.source.SourceRegistry;
import io.veille.support.security.Roles;

/** Source management: what the crawler follows, stored in PostgreSQL, with how each source's polling goes. */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SourcesResource {

    /** A source as operators see it: its configuration and how its polling goes. */
    public record SourceView(String id, String kind, String feed, String language, String pollInterval, boolean allowPrivate,
                             String maxAge, String backfill, String hostDelay, List<String> linkFilters, List<String> deny,
                             boolean paused, String status, Instant lastPolled, Instant nextPoll, String lastError,
                             int consecutiveFailures, int lastNewArticles, long published, long failed, long feedErrors,
                             RobotsView robots) {
    }

    /** The robots.txt decision kept for the source's origin; null until the source was polled. */
    public record RobotsView(String kind, int status, boolean feedAllowed, String crawlDelay, List<String> sitemaps,
                             Instant expires, String note) {
    }

    public record PollAccepted(String sourceId, boolean alreadyRunning) {
    }

    /** A misspelt field (poll_interval for pollInterval) is an error, not a silently missing setting. */
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final SourceRegistry registry;
    private final SourceStateStore states;
    private final PollSchedule schedule;
    private final PollJob pollJob;
    private final RobotsAwareFetcher fetcher;

    public SourcesResource(SourceRegistry registry, SourceStateStore states, PollSchedule schedule, PollJob pollJob,
                           RobotsAwareFetcher fetcher) {
        this.registry = registry;
        this.states = states;
        this.schedule = schedule;
        this.pollJob = pollJob;
        this.fetcher = fetcher;
    }

    @GET
    @Operation(summary = "The sources with their polling statistics and robots.txt decision")
    public List<SourceView> list() {
        Map<String, SourceState> byId = states.loadAll().stream().collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
        return registry.all().stream()
                .map(source -> view(source, byId.getOrDefault(source.id(), SourceState.empty(source.id()))))
                .toList();
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@PathParam("id") String id) {
        return view(found(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a source")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid definition (every problem listed)")
    @APIResponse(responseCode = "409", description = "A source with that id exists")
    public Response create(JsonNode definition) {
        Source source = registry.create(required(definition));
        return Response.created(URI.create("/api/v1/sources/" + source.id())).entity(view(source)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a source's definition (its statistics are kept)")
    public SourceView update(@PathParam("id") String id, JsonNode definition) {
        SourceDefinition d = required(definition);
        if (d.id() != null && !d.id().equals(id)) {
            throw new BadRequestException("the body's id '" + d.id() + "' is not the path's '" + id + "'");
        }
        SourceDefinition withId = new SourceDefinition(id, d.feed(), d.language(), d.pollInterval(), d.allowPrivate(), d.kind(),
                d.maxAge(), d.backfill(), d.hostDelay(), d.linkFilters(), d.deny(), d.paused());
        return view(registry.update(id, withId).orElseThrow(() -> notFound(id)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop following a source (a configuration seed is not added again)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        if (!registry.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Keep a source but stop polling it")
    public SourceView pause(@PathParam("id") String id) {
        return view(registry.pause(id, true).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Poll a paused source again")
    public SourceView resume(@PathParam("id") String id) {
        return view(registry.pause(id, false).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a source now")
    @APIResponse(responseCode = "202", description = "The poll was started (or one is already running)")
    @APIResponse(responseCode = "404", description = "No such source")
    public Response poll(@PathParam("id") String id) {
        boolean started = pollJob.start(found(id), true);
        return Response.accepted(new PollAccepted(id, !started)).build();
    }

    private Source found(String id) {
        return registry.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no source with id '" + id + "'");
    }

    private static SourceDefinition required(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("the body must be a source: {\"id\": ..., \"feed\": \"https://...\", \"kind\": \"feed\"}");
        }
        try {
            return STRICT.treeToValue(body, SourceDefinition.class);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequestException("unknown field '" + e.getPropertyName() + "'; a source has id, feed, kind, language,"
                    + " pollInterval, allowPrivate, maxAge, backfill, hostDelay, linkFilters, deny, paused");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("not a source: " + e.getOriginalMessage());
        }
    }

    private SourceView view(Source source) {
        return view(source, states.load(source.id()).orElse(SourceState.empty(source.id())));
    }

    private SourceView view(Source source, SourceState state) {
        Instant next = schedule.nextPoll(source);
        String status = source.paused() ? "paused" : state.lastPolled() == null ? "new"
                : state.lastError() == null ? "ok" : "failing";
        return new SourceView(source.id(), source.kind().label(), source.feed().toString(), source.language(),
                source.pollInterval().toString(), source.allowPrivate(), source.discovery().maxAge().toString(),
                source.discovery().backfill() == null ? null : source.discovery().backfill().toString(),
                source.hostDelay() == null ? null : source.hostDelay().toString(), source.discovery().linkFilters(),
                source.discovery().deny(), source.paused(), status, state.lastPolled(),
                source.paused() || Instant.MIN.equals(next) ? null : next, state.lastError(), state.consecutiveFailures(),
                state.lastNewArticles(), state.publishedCount(), state.failedCount(), state.feedErrorCount(),
                fetcher.robots().decision(source.feed()).map(d -> robots(d, source)).orElse(null));
    }

    private RobotsView robots(RobotsDecision d, Source source) {
        return new RobotsView(d.kind().name(), d.status(), fetcher.robots().allows(source.feed()), d.crawlDelay().toString(),
                d.sitemaps(), d.expires(), d.note());
    }
}
