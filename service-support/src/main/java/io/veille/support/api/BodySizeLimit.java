package io.veille.support.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses oversized request bodies under /api/ with a 413 problem+json before they are read. A
 * request announcing its Content-Length is answered here; a chunked one that grows past
 * quarkus.http.limits.max-body-size is cut off by the HTTP server itself. The limit comes from the
 * service's {@link RequestBodyLimit} bean.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Instance<RequestBodyLimit> limit;

    public BodySizeLimit(Instance<RequestBodyLimit> limit) {
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (!limit.isResolvable()) {
            return;
        }
        long maxBytes = limit.get().maxBytes();
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
