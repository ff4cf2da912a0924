package io.veille.summary.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.veille.summary.config.LlmConfig;
import io.veille.summary.digest.DigestWriter;

@Path("/api/v1/llm")
@Produces(MediaType.APPLICATION_JSON)
public class LlmResource {

    /** Which model writes the digests; never the key. */
    public record LlmInfo(String provider, String model, String baseUrl) {
    }

    private final DigestWriter writer;
    private final LlmConfig config;

    public LlmResource(DigestWriter writer, LlmConfig config) {
        this.writer = writer;
        this.config = config;
    }

    @GET
    @Operation(summary = "The LLM provider and model in use")
    public LlmInfo get() {
        String baseUrl = "openai".equals(writer.provider()) ? config.openai().baseUrl() : null;
        return new LlmInfo(writer.provider(), writer.model(), baseUrl);
    }
}
