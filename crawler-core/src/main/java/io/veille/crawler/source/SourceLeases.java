package io.veille.crawler.source;

import java.time.Duration;

/** Claims on sources, so that of several crawler replicas one polls a source at a time. */
public interface SourceLeases {

    /** @return true when {@code owner} now holds the source for {@code ttl} (it was free, expired, or already its own) */
    boolean tryLease(String sourceId, String owner, Duration ttl);

    void release(String sourceId, String owner);

    /** One crawler alone needs no claims. */
    SourceLeases NONE = new SourceLeases() {
        @Override
        public boolean tryLease(String sourceId, String owner, Duration ttl) {
            return true;
        }

        @Override
        public void release(String sourceId, String owner) {
        }
    };
}
