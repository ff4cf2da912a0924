package io.veille.crawler.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads {@code sources: [{id, feed, language, poll-interval, allow-private, kind, max-age, backfill, host-delay,
 * link-filters, deny, paused}]} from a YAML file.
 */
public final class SourcesFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Document(List<Entry> sources) {
    }

    private record Entry(
            String id,
            String feed,
            String language,
            @JsonProperty("poll-interval") String pollInterval,
            @JsonProperty("allow-private") Boolean allowPrivate,
            String kind,
            @JsonProperty("max-age") String maxAge,
            String backfill,
            @JsonProperty("host-delay") String hostDelay,
            @JsonProperty("link-filters") List<String> linkFilters,
            List<String> deny,
            Boolean paused) {
    }

    private SourcesFile() {
    }

    /** @throws InvalidSourcesException when the file is missing or not of that shape */
    public static List<SourceDefinition> read(Path file) {
        if (!Files.isReadable(file)) {
            throw new InvalidSourcesException(List.of("sources file " + file + " does not exist or is not readable"));
        }
        try {
            Document document = YAML.readValue(file.toFile(), Document.class);
            if (document == null || document.sources() == null) {
                return List.of();
            }
            return document.sources().stream()
                    .map(e -> e == null ? new SourceDefinition(null, null, null, null, null)
                            : new SourceDefinition(e.id(), e.feed(), e.language(), e.pollInterval(), e.allowPrivate(),
                            e.kind(), e.maxAge(), e.backfill(), e.hostDelay(), e.linkFilters(), e.deny(), e.paused()))
                    .toList();
        } catch (IOException e) {
            throw new InvalidSourcesException(List.of("sources file " + file + " is not valid: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
