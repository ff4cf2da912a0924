package io.veille.summary.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.veille.contracts.Digest;
import io.veille.summary.feed.DigestFeed;
import io.veille.summary.feed.FeedFormat;
import io.veille.summary.feed.FeedWriter;
import io.veille.summary.persist.ArticleRepository;
import io.veille.summary.persist.DigestRepository;
import io.veille.support.api.ProblemException;
import io.veille.support.security.Roles;

/**
 * Atom and RSS feeds of the latest digests: everything in a language, a topic's, a watch's. A feed
 * reader polls, so each answer carries a strong ETag (the ids and versions listed) and
 * Last-Modified (the newest version), and a request that names them gets 304 while nothing changed.
 */
@RolesAllowed(Roles.READ)
@Path("/feeds")
public class FeedResource {

    /** Entries in a feed: the latest version of the newest digests. */
    static final int ENTRIES = 50;

    private final DigestRepository digests;
    private final ArticleRepository articles;

    public FeedResource(DigestRepository digests, ArticleRepository articles) {
        this.digests = digests;
        this.articles = articles;
    }

    @GET
    @Path("/{file}")
    @Operation(summary = "Atom (fr.atom, en.atom) or RSS (fr.rss, en.rss) feed of the latest digests in a language")
    public Response all(@Parameter(description = "<lang>.atom or <lang>.rss") @PathParam("file") String file,
            @Parameter(description = "ARTICLE, STORY or PERIOD") @QueryParam("kind") String kind,
            @Context Request request, @Context UriInfo uri) {
        FeedFile feed = FeedFile.parse(file);
        return answer(feed, kind, new DigestFilters.About(null, null, null, null), title(feed.lang(), null), request, uri);
    }

    @GET
    @Path("/topics/{id}/{file}")
    @Operation(summary = "Atom or RSS feed of the latest digests on a topic")
    public Response topic(@PathParam("id") String id, @PathParam("file") String file, @QueryParam("kind") String kind,
            @Context Request request, @Context UriInfo uri) {
        FeedFile feed = FeedFile.parse(file);
        return answer(feed, kind, new DigestFilters.About(null, null, id, null), title(feed.lang(), ("fr".equals(feed.lang()) ? "thème " : "topic ") + id), request, uri);
    }

    @GET
    @Path("/watches/{id}/{file}")
    @Operation(summary = "Atom or RSS feed of the latest digests a watch matched")
    public Response watch(@PathParam("id") String id, @PathParam("file") String file, @QueryParam("kind") String kind,
            @Context Request request, @Context UriInfo uri) {
        FeedFile feed = FeedFile.parse(file);
        return answer(feed, kind, new DigestFilters.About(null, null, null, id), title(feed.lang(), ("fr".equals(feed.lang()) ? "veille " : "watch ") + id), request, uri);
    }

    private Response answer(FeedFile file, String kind, DigestFilters.About about, String title, Request request, UriInfo uri) {
        DigestRepository.Filter filter = DigestFilters.of(file.lang(), null, kind, about);
        List<Digest> latest = digests.latestPage(filter, 0, ENTRIES);
        DigestFeed feed = new DigestFeed(feedId(filter), title, file.lang(), uri.getRequestUri().toString(),
                uri.getBaseUriBuilder().path("api/v1/digests").build() + "/%s", latest);
        EntityTag etag = new EntityTag(feed.etag(file.format()));
        // HTTP dates have whole seconds: a finer Last-Modified would never equal the If-Modified-Since sent back
        Optional<Date> lastModified = feed.lastModified().map(t -> Date.from(t.truncatedTo(ChronoUnit.SECONDS)));
        Response.ResponseBuilder notModified = lastModified.isPresent()
                ? request.evaluatePreconditions(lastModified.get(), etag)
                : request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        Response.ResponseBuilder ok = Response.ok(FeedWriter.write(feed, file.format(), articles.urls(uncitedUrls(latest))))
                .type(file.format().mediaType() + ";charset=utf-8")
                .tag(etag);
        lastModified.ifPresent(ok::lastModified);
        return ok.build();
    }

    /** The feed's stable id: what it lists (its tags as the filters fold them, kind, language), as a URN. */
    private static String feedId(DigestRepository.Filter filter) {
        StringBuilder id = new StringBuilder("urn:veille:feed");
        filter.tags().forEach(tag -> id.append(':').append(URLEncoder.encode(tag, StandardCharsets.UTF_8)));
        filter.kind().ifPresent(k -> id.append(':').append(k.name()));
        return id.append(':').append(filter.lang()).toString();
    }

    /** Articles cited without a URL: their URLs come from the projection. */
    private static Set<String> uncitedUrls(List<Digest> digests) {
        return digests.stream().flatMap(d -> d.items().stream()).flatMap(i -> i.citations().stream())
                .filter(c -> c.url() == null).map(Digest.Citation::articleId).collect(Collectors.toSet());
    }

    private static String title(String lang, String scope) {
        String base = "fr".equals(lang) ? "Veille — synthèses" : "Veille — digests";
        return scope == null ? base : base + " (" + scope + ")";
    }

    /** {@code fr.atom}, {@code en.rss}: the language and the format of a feed. */
    record FeedFile(String lang, FeedFormat format) {

        static FeedFile parse(String file) {
            int dot = file.lastIndexOf('.');
            Optional<FeedFormat> format = dot <= 0 ? Optional.empty() : FeedFormat.ofExtension(file.substring(dot + 1));
            if (format.isEmpty()) {
                throw ProblemException.notFound("no feed " + file + ": feeds are <lang>.atom or <lang>.rss, e.g. fr.atom");
            }
            return new FeedFile(DigestFilters.language(file.substring(0, dot)), format.get());
        }
    }
}
