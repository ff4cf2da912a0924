package io.veille.support.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The API keys of a service, from the environment (VEILLE_API_KEYS_READ, VEILLE_API_KEYS_SUBSCRIBE,
 * VEILLE_API_KEYS_ADMIN)
 * or from files a secret store mounts. Keys from a list and from its file add up.
 */
@ConfigMapping(prefix = "veille.api-keys")
public interface ApiKeysConfig {

    /** Keys with the read scope, comma-separated. None: the read endpoints are open to anyone who can reach the port. */
    Optional<List<String>> read();

    /** Keys with the subscribe scope (which includes read), comma-separated. None: only admin keys manage subscriptions. */
    Optional<List<String>> subscribe();

    /** Keys with the admin scope (which includes read), comma-separated. None: the admin endpoints are closed. */
    Optional<List<String>> admin();

    /** A file of read keys, one a line ({@code #} starts a comment). */
    @WithName("read-file")
    Optional<String> readFile();

    /** A file of subscribe keys, one a line ({@code #} starts a comment). */
    @WithName("subscribe-file")
    Optional<String> subscribeFile();

    /** A file of admin keys, one a line ({@code #} starts a comment). */
    @WithName("admin-file")
    Optional<String> adminFile();
}
