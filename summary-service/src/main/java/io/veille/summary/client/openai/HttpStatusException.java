package io.veille.summary.client.openai;

import dev.langchain4j.exception.HttpException;

/** A non-2xx answer with the Retry-After header that langchain4j's own exception drops. */
final class HttpStatusException extends HttpException {

    private final String retryAfter;

    HttpStatusException(int statusCode, String body, String retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** As sent, or null. */
    String retryAfter() {
        return retryAfter;
    }
}
