package io.veille.summary.api;

import io.veille.contracts.EventJson;

/** An RFC 9457 problem detail. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }

    public String json() {
        return EventJson.write(this);
    }
}
