package io.veille.extractor.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.veille.extractor.config.ExtractorConfig;

/**
 * Refuses oversized request bodies with a 413 problem+json before they are read. A request
 * announcing its Content-Length is answered here; a chunked one that grows past
 * quarkus.http.limits.max-body-size is cut off by the HTTP server itself.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(ExtractorConfig config) {
        this.maxBytes = config.maxExtractBodyBytes();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > maxBytes) {
                ctx.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(ProblemJson.write(Problem.of(413, "Content Too Large",
                                "request body of " + length + " bytes exceeds the limit of " + maxBytes + " bytes")));
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
