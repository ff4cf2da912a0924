package io.veille.crawler.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.veille.crawler.poll.SourceState;
import io.veille.crawler.poll.SourceStateStore;
import io.veille.crawler.service.PollJob;
import io.veille.crawler.schedule.PollSchedule;
import io.veille.crawler.source.Source;
import io.veille.crawler.source.SourceCatalog;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    /** A source as operators see it: its configuration and how its polling goes. */
    public record SourceView(String id, String feed, String language, String pollInterval, boolean allowPrivate,
                             Instant lastPolled, Instant nextPoll, String lastError, int consecutiveFailures,
                             long published, long failed, long feedErrors) {
    }

    public record PollAccepted(String sourceId, boolean alreadyRunning) {
    }

    private final SourceCatalog catalog;
    private final SourceStateStore states;
    private final PollSchedule schedule;
    private final PollJob pollJob;

    public SourcesResource(SourceCatalog catalog, SourceStateStore states, PollSchedule schedule, PollJob pollJob) {
        this.catalog = catalog;
        this.states = states;
        this.schedule = schedule;
        this.pollJob = pollJob;
    }

    @GET
    @Operation(summary = "The configured sources with their polling state")
    public List<SourceView> list() {
        Map<String, SourceState> byId = states.loadAll().stream().collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
        return catalog.all().stream()
                .map(source -> view(source, byId.getOrDefault(source.id(), SourceState.empty(source.id()))))
                .toList();
    }

    @POST
    @Path("/{id}/poll")
    @Operation(summary = "Poll a source now")
    @APIResponse(responseCode = "202", description = "The poll was started (or one is already running)")
    @APIResponse(responseCode = "404", description = "No such source")
    public Response poll(@PathParam("id") String id) {
        Source source = catalog.find(id).orElseThrow(() -> new NotFoundException("no source with id '" + id + "'"));
        boolean started = pollJob.start(source);
        return Response.accepted(new PollAccepted(id, !started)).build();
    }

    private SourceView view(Source source, SourceState state) {
        Instant next = schedule.nextPoll(source);
        return new SourceView(source.id(), source.feed().toString(), source.language(), source.pollInterval().toString(),
                source.allowPrivate(), state.lastPolled(), Instant.MIN.equals(next) ? null : next, state.lastError(),
                state.consecutiveFailures(), state.publishedCount(), state.failedCount(), state.feedErrorCount());
    }
}
