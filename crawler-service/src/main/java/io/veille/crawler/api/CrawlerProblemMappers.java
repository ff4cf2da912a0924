package io.veille.crawler.api;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.veille.crawler.fetch.FetchFailedException;
import io.veille.crawler.fetch.FetchRefusedException;
import io.veille.support.api.Problem;

/**
 * The crawler's own errors as application/problem+json; every other error (bad JSON, JAX-RS
 * exceptions, the unexpected) goes through io.veille.support.api.ProblemMappers.
 */
public class CrawlerProblemMappers {

    /** A URL the address guard refuses (scheme, credentials, a private address or port not allow-listed). */
    public static final String URL_REFUSED = "urn:veille:problem:url-refused";

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
