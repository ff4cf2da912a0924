package io.veille.summary.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.support.api.RequestBodyLimit;

/** The shared BodySizeLimit answers a POST /api/v1/summaries body over veille.summary.max-summary-body-bytes with 413. */
public class HttpLimitsConfig {

    @Produces
    @Singleton
    RequestBodyLimit requestBodyLimit(SummaryConfig config) {
        long maxBytes = config.maxSummaryBodyBytes();
        return () -> maxBytes;
    }
}
