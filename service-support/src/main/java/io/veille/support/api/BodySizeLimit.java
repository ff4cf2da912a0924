package io.veille.support.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;

/**
 * Refuses oversized request bodies under /api/ with a 413 problem+json before they are parsed. A
 * request announcing its Content-Length is answered here; a chunked one that grows past
 * quarkus.http.limits.max-body-size is cut off by the HTTP server itself. The limit is
 * {@value #LIMIT_KEY}, which each service's application.properties points at its own documented
 * setting; without it no limit is installed.
 * <p>
 * A body up to {@value #DRAIN_FACTOR} times the limit is read and thrown away before the answer, so
 * the connection stays usable for the client's next request (a client that writes its whole body
 * before reading would otherwise see a reset). A larger one is answered at once and the connection
 * closed: reading it would cost what the limit is there to save.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final String LIMIT_KEY = "veille.http.max-request-body-bytes";

    static final int DRAIN_FACTOR = 4;

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
            long announced = length == null ? -1 : parse(length);
            if (announced <= maxBytes) {
                ctx.next();
                return;
            }
            String problem = Problem.of(413, "Content Too Large",
                    "request body of " + announced + " bytes exceeds the limit of " + maxBytes + " bytes").json();
            HttpServerResponse response = ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (announced > maxBytes * DRAIN_FACTOR) {
                // the header alone leaves an unread body on an open connection: close it once answered
                response.putHeader(HttpHeaders.CONNECTION, "close").endHandler(ended -> ctx.request().connection().close());
                response.end(problem);
                return;
            }
            if (ctx.request().isEnded()) {
                response.end(problem);
                return;
            }
            ctx.request().handler(ignored -> { });
            ctx.request().endHandler(ended -> response.end(problem));
            ctx.request().resume();
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
