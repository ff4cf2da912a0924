package io.veille.extractor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/extract: a page (html) or a bare text, and what is known about it. */
@Schema(description = "html or text is required; the other fields help extraction")
public record ExtractRequest(
        @Schema(description = "the page markup") String html,
        @Schema(description = "plain text, used when html is absent") String text,
        @Schema(description = "where the page was found") String url,
        @Schema(description = "ISO-8601 publication date; relative dates resolve against it") String published,
        @Schema(description = "language hint, fr or en") String lang) {
}
