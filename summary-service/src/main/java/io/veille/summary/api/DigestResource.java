package io.veille.summary.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
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
import io.veille.support.api.QueryParams;
import io.veille.support.security.Roles;

@RolesAllowed(Roles.READ)
@Path("/api/v1/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    private static final int MAX_PAGE_SIZE = 100;
    /** Deep offsets cost a scan each; a client that wants everything uses since= or the topics. */
    private static final int MAX_PAGE = 10_000;
    private static final int MAX_FILTER_CHARS = 200;
    private static final List<String> DIGEST_LANGUAGES = List.of("fr", "en");

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
        List<String> tags = new ArrayList<>();
        tag(story, DigestTags::story).ifPresent(tags::add);
        tag(entity, DigestTags::entity).ifPresent(tags::add);
        tag(topic, DigestTags::topic).ifPresent(tags::add);
        tag(watch, DigestTags::watch).ifPresent(tags::add);
        DigestRepository.Filter filter = new DigestRepository.Filter(language(lang), Optional.ofNullable(QueryParams.instant("since", since)),
                Optional.ofNullable(QueryParams.oneOf("kind", kind, Digest.Kind.values())), tags);
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

    /** fr or en: the languages digests are written in; a blank lang is French. */
    static String language(String lang) {
        String language = QueryParams.oneOf("lang", lang, DIGEST_LANGUAGES);
        return language == null ? DIGEST_LANGUAGES.getFirst() : language;
    }
}
