package io.veille.summary.api;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.service.DigestStream;
import io.veille.support.api.ProblemException;
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    private static final int MAX_PAGE_SIZE = 100;
    /** Deep offsets cost a scan each; a client that wants everything uses since= or the topics. */
    private static final int MAX_PAGE = 10_000;

    private final DigestRepository digests;
    private final DigestStream stream;

    public DigestResource(DigestRepository digests, DigestStream stream) {
        this.digests = digests;
        this.stream = stream;
    }

    @GET
    @Operation(summary = "The latest version of each digest in a language, newest first")
    public DigestPage list(
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr") String lang,
            @Parameter(description = "ISO-8601 instant, date-time with offset or date; digests created at or after it")
            @QueryParam("since") String since,
            @Parameter(description = "ARTICLE, STORY or PERIOD") @QueryParam("kind") String kind,
            @Parameter(description = "a story id: its STORY digest, its articles' digests and the periods listing it")
            @QueryParam("story") String story,
            @Parameter(description = "a person, organisation or place, e.g. Emmanuel Macron (case and accents ignored)")
            @QueryParam("entity") String entity,
            @Parameter(description = "a digest topic id, e.g. ia") @QueryParam("topic") String topic,
            @Parameter(description = "a watch id: the ARTICLE and STORY digests matching it") @QueryParam("watch") String watch,
            @QueryParam("page") @DefaultValue("0") String pageParam,
            @QueryParam("size") @DefaultValue("20") String sizeParam) {
        int page = QueryParams.integer("page", pageParam, 0, 0, MAX_PAGE);
        int size = QueryParams.integer("size", sizeParam, 20, 1, MAX_PAGE_SIZE);
        DigestRepository.Filter filter = DigestFilters.of(lang, since, kind, new DigestFilters.About(story, entity, topic, watch));
        return new DigestPage(digests.latestPage(filter, page, size), page, size, digests.countLatest(filter));
    }

    /**
     * Each event's id is the version's sequence number; a client that reconnects with Last-Event-ID
     * (or ?lastEventId=) gets every version published after it, none twice. Without one, the
     * stream starts at what is published next.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking // the starting position is read from the database
    @Operation(summary = "Server-Sent Events: every new digest version in a language that passes the filters, as it is published")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr") String lang,
            @Parameter(description = "ARTICLE, STORY or PERIOD") @QueryParam("kind") String kind,
            @Parameter(description = "a story id") @QueryParam("story") String story,
            @Parameter(description = "a person, organisation or place (case and accents ignored)") @QueryParam("entity") String entity,
            @Parameter(description = "a digest topic id") @QueryParam("topic") String topic,
            @Parameter(description = "a watch id") @QueryParam("watch") String watch,
            @Parameter(description = "the id of the last event received; the Last-Event-ID header wins")
            @QueryParam("lastEventId") String lastEventIdParam,
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Context Sse sse) {
        DigestRepository.Filter filter = DigestFilters.of(lang, null, kind, new DigestFilters.About(story, entity, topic, watch));
        boolean header = lastEventIdHeader != null && !lastEventIdHeader.isBlank();
        long from = QueryParams.longInteger(header ? "Last-Event-ID" : "lastEventId", header ? lastEventIdHeader : lastEventIdParam,
                -1, 0, Long.MAX_VALUE);
        long position = from >= 0 ? from : stream.now();
        return stream.after(position, filter).map(s -> sse.newEventBuilder()
                .id(Long.toString(s.seq()))
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, EventJson.write(s.digest()))
                .build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A digest: its latest version, or the one asked for with ?version=")
    public Digest get(@PathParam("id") String id, @QueryParam("version") Integer version) {
        Optional<Digest> digest = version == null
                ? digests.latest(id).map(s -> s.digest())
                : digests.version(id, version);
        return digest.orElseThrow(() -> ProblemException.notFound(
                "no digest " + id + (version == null ? "" : " version " + version)));
    }
}
