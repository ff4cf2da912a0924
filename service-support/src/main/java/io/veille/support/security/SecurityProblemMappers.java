package io.veille.support.security;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.veille.support.api.Problem;

/** A missing or unknown key is a 401 problem, a key without the scope a 403 problem, both application/problem+json. */
public class SecurityProblemMappers {

    public static final String KEY_MISSING = "urn:veille:problem:api-key-missing";
    public static final String KEY_INVALID = "urn:veille:problem:api-key-invalid";
    public static final String SCOPE_MISSING = "urn:veille:problem:api-key-scope";

    private static final String HOW = "send an API key as " + ApiKeyMechanism.HEADER + " or Authorization: Bearer";

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthorized(KEY_MISSING, "an API key is required: " + HOW);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized(KEY_INVALID, "the API key is not valid: " + HOW);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.typed(SCOPE_MISSING, 403, "Forbidden", "this API key's scope does not cover this endpoint (read < subscribe < admin)").response();
    }

    private static Response unauthorized(String type, String detail) {
        return Response.fromResponse(Problem.typed(type, 401, "Unauthorized", detail).response())
                .header("WWW-Authenticate", "Bearer").build();
    }
}
