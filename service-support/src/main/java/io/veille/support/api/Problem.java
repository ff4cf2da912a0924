package io.veille.support.api;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.veille.contracts.EventJson;

/** An RFC 9457 problem detail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    /** A problem a client may act on by its type, e.g. {@code urn:veille:problem:api-key-missing}. */
    public static Problem typed(String type, int status, String title, String detail) {
        return new Problem(type, title, status, detail, null);
    }

    /**
     * Written to a String here rather than left to the JSON provider, so that the
     * application/problem+json media type never depends on which writers a provider registers.
     */
    public String json() {
        return EventJson.write(this);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(json()).build();
    }
}
