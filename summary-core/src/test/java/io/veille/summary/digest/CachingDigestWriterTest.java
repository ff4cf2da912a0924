package io.veille.summary.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.veille.summary.Articles;

class CachingDigestWriterTest {

    private static final class CountingWriter implements DigestWriter {

        int calls;
        DigestStatus status = DigestStatus.VERIFIED;

        @Override
        public WrittenDigest write(DigestSubject subject) {
            calls++;
            WrittenDigest w = new ExtractiveDigestWriter().write(subject);
            return new WrittenDigest(w.text(), "openai", "m1", status);
        }

        @Override
        public String provider() {
            return "openai";
        }

        @Override
        public String model() {
            return "m1";
        }
    }

    private final Map<String, WrittenDigest> store = new HashMap<>();
    private final CachingDigestWriter.Cache cache = new CachingDigestWriter.Cache() {
        @Override
        public Optional<WrittenDigest> get(String key) {
            return Optional.ofNullable(store.get(key));
        }

        @Override
        public void put(String key, WrittenDigest written) {
            store.put(key, written);
        }
    };

    @Test
    void an_unchanged_subject_is_written_once() {
        CountingWriter model = new CountingWriter();
        CachingDigestWriter writer = new CachingDigestWriter(model, cache);

        WrittenDigest first = writer.write(Articles.summit("a1"));
        WrittenDigest second = writer.write(Articles.summit("a1"));

        assertThat(model.calls).isEqualTo(1);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_changed_subject_is_written_again() {
        CountingWriter model = new CountingWriter();
        CachingDigestWriter writer = new CachingDigestWriter(model, cache);

        writer.write(Articles.summit("a1"));
        writer.write(Articles.summit("a1", Articles.SUMMIT_TEXT + " Un ajout."));

        assertThat(model.calls).isEqualTo(2);
    }

    @Test
    void a_fallback_is_not_cached_so_it_is_retried() {
        CountingWriter model = new CountingWriter();
        model.status = DigestStatus.FALLBACK;
        CachingDigestWriter writer = new CachingDigestWriter(model, cache);

        writer.write(Articles.summit("a1"));
        writer.write(Articles.summit("a1"));

        assertThat(model.calls).isEqualTo(2);
        assertThat(store).isEmpty();
    }
}
