package io.veille.support.security;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads the keys once, at start-up: a key file that cannot be read stops the service rather than leaving it open. */
public class ApiKeyRingBeans {

    @Produces
    @Singleton
    ApiKeyRing apiKeyRing(ApiKeysConfig config) {
        return ApiKeyRing.of(config);
    }
}
