package io.veille.summary.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.veille.summary.config.SummaryConfig;

/**
 * Answers an oversized request body with 413 problem+json before it is read. A chunked body that
 * grows past quarkus.http.limits.max-body-size is cut off by the HTTP server itself.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(SummaryConfig config) {
        this.maxBytes = config.maxSummaryBodyBytes();
    }

    void install(@Observes Router router) {
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
