package io.veille.crawler.source;

import java.util.List;

/** The sources the configuration names (YAML file, inline): stored once if absent, then managed through the API. */
public record SourceSeed(List<SourceDefinition> definitions) {

    public SourceSeed {
        definitions = List.copyOf(definitions);
    }
}
