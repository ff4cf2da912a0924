package io.veille.summary.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.veille.summary.config.SummaryConfig;
import io.veille.support.api.ProblemException;

/**
 * The keys that may call the endpoints that cost model calls. With none configured those
 * endpoints are closed rather than open to anyone. Compared in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keys;

    public ApiKeys(SummaryConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** @param apiKey the X-API-Key header; @param authorization the Authorization header (Bearer) */
    public void require(String apiKey, String authorization) {
        if (keys.isEmpty()) {
            throw new ProblemException(403, "Forbidden",
                    "this endpoint is disabled: no API key is configured (set VEILLE_SUMMARY_API_KEYS)");
        }
        String given = apiKey != null && !apiKey.isBlank() ? apiKey.strip()
                : authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).strip()
                : null;
        if (given == null) {
            throw new ProblemException(401, "Unauthorized", "an API key is required: send it as X-API-Key or Authorization: Bearer");
        }
        byte[] candidate = given.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            known |= MessageDigest.isEqual(key, candidate);
        }
        if (!known) {
            throw new ProblemException(401, "Unauthorized", "the API key is not valid");
        }
    }
}
