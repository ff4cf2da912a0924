package io.veille.crawler.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.veille.crawler.fetch.FetchFailedException;
import io.veille.crawler.fetch.FetchRefusedException;
import io.veille.crawler.robots.RobotsDisallowedException;
import io.veille.crawler.source.InvalidSourcesException;
import io.veille.crawler.source.SourceRegistry;
import io.veille.support.api.Problem;

/**
 * The crawler's own errors as application/problem+json; every other error (bad JSON, JAX-RS
 * exceptions, the unexpected) goes through io.veille.support.api.ProblemMappers.
 */
public class CrawlerProblemMappers {

    /** A URL the address guard refuses (scheme, credentials, a private address or port not allow-listed). */
    public static final String URL_REFUSED = "urn:veille:problem:url-refused";

    /** A URL the site's robots.txt does not let us fetch. */
    public static final String ROBOTS_DISALLOWED = "urn:veille:problem:robots-disallowed";
    /** A source definition that does not validate; the detail lists every problem. */
    public static final String INVALID_SOURCE = "urn:veille:problem:invalid-source";

    @ServerExceptionMapper
    public Response robots(RobotsDisallowedException e) {
        return Problem.typed(ROBOTS_DISALLOWED, 403, "Disallowed by robots.txt", e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response invalidSource(InvalidSourcesException e) {
        return Problem.typed(INVALID_SOURCE, 400, "Invalid source", String.join("; ", e.problems())).response();
    }

    @ServerExceptionMapper
    public Response conflict(SourceRegistry.SourceConflictException e) {
        return Problem.of(409, "Source exists", e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response refused(FetchRefusedException e) {
        return Problem.typed(URL_REFUSED, 400, "URL refused", e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response failed(FetchFailedException e) {
        return Problem.of(502, "Target did not answer", e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response badArgument(IllegalArgumentException e) {
        return Problem.of(400, "Bad request", e.getMessage()).response();
    }
}
