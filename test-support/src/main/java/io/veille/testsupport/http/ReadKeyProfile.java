package io.veille.testsupport.http;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service with a read key and an admin key configured, as in production: without a read key the
 * read endpoints are open, so a read key's 403 on an admin endpoint can only be seen here.
 */
public class ReadKeyProfile implements QuarkusTestProfile {

    public static final String READ_KEY = "test-read-key";
    /** The admin key every service's %test profile configures. */
    public static final String ADMIN_KEY = "test-admin-key";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("veille.api-keys.read", READ_KEY, "veille.api-keys.admin", ADMIN_KEY);
    }
}
