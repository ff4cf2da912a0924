package io.veille.summary.digest;

import java.util.Optional;

/**
 * A model is paid once per input: answers are cached by (subject version, provider, model, prompt
 * version), so an unchanged article or story, a replay, or an ad-hoc request for the same articles
 * never calls the model again. Fallbacks are not cached: they are retried when the model is back.
 */
public final class CachingDigestWriter implements DigestWriter {

    /** Where written digests are kept; an adapter stores them in the database. */
    public interface Cache {

        Optional<WrittenDigest> get(String key);

        void put(String key, WrittenDigest written);
    }

    private final DigestWriter delegate;
    private final Cache cache;

    public CachingDigestWriter(DigestWriter delegate, Cache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public WrittenDigest write(DigestSubject subject) {
        String key = key(subject);
        Optional<WrittenDigest> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        WrittenDigest written = delegate.write(subject);
        if (written.status() != DigestStatus.FALLBACK) {
            cache.put(key, written);
        }
        return written;
    }

    public String key(DigestSubject subject) {
        return Hashes.sha256(subject.version() + "|" + delegate.provider() + "|" + delegate.model() + "|"
                + delegate.generatorVersion());
    }

    @Override
    public String provider() {
        return delegate.provider();
    }

    @Override
    public String model() {
        return delegate.model();
    }

    @Override
    public boolean retriesFallbacks() {
        return delegate.retriesFallbacks();
    }

    @Override
    public int generatorVersion() {
        return delegate.generatorVersion();
    }
}
