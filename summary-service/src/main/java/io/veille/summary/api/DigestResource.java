package io.veille.summary.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;

import io.veille.contracts.Digest;
import io.veille.summary.digest.DigestTags;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.publish.DigestStream;
import io.veille.support.api.ProblemException;

@Path("/api/v1/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    private static final int MAX_PAGE_SIZE = 100;
    /** Deep offsets cost a scan each; a client that wants everything uses since= or the topics. */
    private static final int MAX_PAGE = 10_000;
    private static final int MAX_FILTER_CHARS = 200;

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
            @Parameter(description = "ISO-8601 instant or date-time with offset; digests created at or after it")
            @QueryParam("since") String since,
            @Parameter(description = "ARTICLE, STORY or PERIOD") @QueryParam("kind") String kind,
            @Parameter(description = "a story id: its STORY digest, its articles' digests and the periods listing it")
            @QueryParam("story") String story,
            @Parameter(description = "a person, organisation or place, e.g. Emmanuel Macron (case and accents ignored)")
            @QueryParam("entity") String entity,
            @Parameter(description = "a digest topic id, e.g. ia") @QueryParam("topic") String topic,
            @QueryParam("page") @DefaultValue("0") String pageParam,
            @QueryParam("size") @DefaultValue("20") String sizeParam) {
        int page = integer("page", pageParam);
        int size = integer("size", sizeParam);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || page > MAX_PAGE) {
            throw ProblemException.badRequest("page must be between 0 and " + MAX_PAGE + " and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<String> tags = new ArrayList<>();
        tag(story, DigestTags::story).ifPresent(tags::add);
        tag(entity, DigestTags::entity).ifPresent(tags::add);
        tag(topic, DigestTags::topic).ifPresent(tags::add);
        DigestRepository.Filter filter = new DigestRepository.Filter(language(lang), since(since), kind(kind), tags);
        return new DigestPage(digests.latestPage(filter, page, size), page, size, digests.countLatest(filter));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-Sent Events: every new digest version in a language, as it is published")
    public Multi<Digest> stream(@Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr") String lang) {
        return stream.digests(language(lang));
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

    private static Optional<String> tag(String value, Function<String, String> toTag) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_FILTER_CHARS) {
            throw ProblemException.badRequest("a filter value has at most " + MAX_FILTER_CHARS + " characters");
        }
        return Optional.of(toTag.apply(value.strip()));
    }

    // Parsed here rather than by JAX-RS, which answers a non-number with 404 instead of 400.
    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer, not '" + value + "'");
        }
    }

    static String language(String lang) {
        String l = lang == null ? "" : lang.trim().toLowerCase(Locale.ROOT);
        if (!l.equals("fr") && !l.equals("en")) {
            throw ProblemException.badRequest("lang must be fr or en, not '" + lang + "'");
        }
        return l;
    }

    private static Optional<Instant> since(String since) {
        if (since == null || since.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(since));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(since).toInstant());
            } catch (DateTimeParseException e2) {
                throw ProblemException.badRequest("since must be an ISO-8601 instant such as 2025-02-10T00:00:00Z, not '" + since + "'");
            }
        }
    }

    private static Optional<Digest.Kind> kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Digest.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind must be ARTICLE, STORY or PERIOD, not '" + kind + "'");
        }
    }
}
