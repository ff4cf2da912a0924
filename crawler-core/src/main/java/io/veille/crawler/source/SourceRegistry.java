package io.veille.crawler.source;

import java.util.List;
import java.util.Optional;

/** The sources the crawler follows, as operators manage them; one PostgreSQL implementation and one in memory. */
public interface SourceRegistry {

    /** Every source that is not deleted, paused ones included, in id order. */
    List<Source> all();

    Optional<Source> find(String id);

    /** @throws SourceConflictException when a source with that id exists */
    Source create(SourceDefinition definition);

    /** @return the source as stored, empty when there is none with that id */
    Optional<Source> update(String id, SourceDefinition definition);

    boolean delete(String id);

    Optional<Source> pause(String id, boolean paused);

    /** Adds the sources of the configuration that were never stored (nor deleted): the YAML file is a seed. */
    void seed(List<SourceDefinition> definitions);

    class SourceConflictException extends RuntimeException {
        public SourceConflictException(String message) {
            super(message);
        }
    }
}
