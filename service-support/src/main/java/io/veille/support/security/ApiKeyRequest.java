package io.veille.support.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The key a caller presented, on its way from the HTTP mechanism to the identity provider. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[key hidden]";
    }
}
