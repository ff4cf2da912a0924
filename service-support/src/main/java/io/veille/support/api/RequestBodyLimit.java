package io.veille.support.api;

/**
 * The largest request body a service's REST API accepts, in bytes. A service that wants
 * {@link BodySizeLimit} produces one from its own configuration; without one no limit is installed.
 */
@FunctionalInterface
public interface RequestBodyLimit {

    long maxBytes();
}
