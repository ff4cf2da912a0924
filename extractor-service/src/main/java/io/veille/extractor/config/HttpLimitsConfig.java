package io.veille.extractor.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.veille.support.api.RequestBodyLimit;

/** The shared BodySizeLimit answers a POST /api/v1/extract body over veille.extractor.max-extract-body-bytes with 413. */
public class HttpLimitsConfig {

    @Produces
    @Singleton
    RequestBodyLimit requestBodyLimit(ExtractorConfig config) {
        long maxBytes = config.maxExtractBodyBytes();
        return () -> maxBytes;
    }
}
