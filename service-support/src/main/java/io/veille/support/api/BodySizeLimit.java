package io.veille.support.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses oversized request bodies under /api/ with a 413 problem+json before they are read. A
 * request announcing its Content-Length is answered here; a chunked one that grows past
 * quarkus.http.limits.max-body-size is cut off by the HTTP server itself. The limit is
 * {@value #LIMIT_KEY}, which each service's application.properties points at its own documented
 * setting; without it no limit is installed.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final String LIMIT_KEY = "veille.http.max-request-body-bytes";

    private final Optional<Long> limit;

    public BodySizeLimit(@ConfigProperty(name = LIMIT_KEY) Optional<Long> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long maxBytes = limit.get();
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > maxBytes) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Problem.of(413, "Content Too Large",
                                "request body of " + length + " bytes exceeds the limit of " + maxBytes + " bytes").json());
                return;
            }
            ctx.next();
        });
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
