package io.veille.support.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of a service's REST API as application/problem+json (RFC 9457). A service adds
 * mappers for its own exceptions in its own class; the most specific exception type wins.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().response();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? status.getReasonPhrase() : e.getMessage();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail).response();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return badRequest("malformed JSON body: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return badRequest("unexpected JSON body: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return badRequest("unreadable JSON body: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error in a REST call", e);
        return Problem.of(500, "Internal Server Error", "an unexpected error occurred; see the service log").response();
    }

    private Response json(JsonProcessingException e) {
        return switch (e) {
            case JsonParseException parse -> malformedJson(parse);
            case MismatchedInputException mismatch -> mismatchedJson(mismatch);
            default -> otherJson(e);
        };
    }

    private static Response badRequest(String detail) {
        return Problem.of(400, "Bad Request", detail).response();
    }
}
