package io.veille.summary.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.veille.contracts.Digest;
import io.veille.summary.persist.DigestRepository;
import io.veille.summary.persist.DigestRepository.Sequenced;

/**
 * The stream over an in-memory sequence of published versions: a client gets, in sequence order,
 * every version of its language after its position, none twice, a page at a time, and a burst
 * reaches a client that reads one event at a time.
 */
class DigestStreamTest {

    private final List<Sequenced> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final DigestStream stream = new DigestStream(this::last, filter -> (after, upTo, limit) -> {
        reads.incrementAndGet();
        return published.stream().filter(s -> s.seq() > after && s.seq() <= upTo && s.digest().lang().equals(filter.lang()))
                .limit(limit).toList();
    }, Runnable::run);

    @Test
    void a_client_asking_for_one_version_at_a_time_gets_a_whole_burst_of_its_language_in_order() {
        AssertSubscriber<Sequenced> client = stream.after(stream.now(), filter("fr")).subscribe().withSubscriber(AssertSubscriber.create(1));

        for (int i = 1; i <= 450; i++) {
            publish("fr", i);
            publish("en", i);
        }
        stream.refresh();
        client.assertNotTerminated();
        client.request(10_000);

        assertThat(client.getItems()).hasSize(450).allMatch(s -> s.digest().lang().equals("fr"));
        assertThat(client.getItems()).extracting(s -> s.digest().version()).startsWith(1, 2, 3).endsWith(450);
        assertThat(client.getItems()).extracting(Sequenced::seq).isSorted().doesNotHaveDuplicates();
        client.assertNotTerminated();
    }

    @Test
    void a_client_resuming_from_an_id_gets_exactly_what_followed_it_and_then_what_comes_next() {
        for (int i = 1; i <= 5; i++) {
            publish("en", i);
        }
        stream.refresh();
        long seen = published.get(1).seq();

        AssertSubscriber<Sequenced> client = stream.after(seen, filter("en")).subscribe().withSubscriber(AssertSubscriber.create(100));
        publish("en", 6);
        stream.refresh();
        stream.refresh();

        assertThat(client.getItems()).extracting(s -> s.digest().version()).containsExactly(3, 4, 5, 6);
    }

    @Test
    void a_client_starting_now_gets_nothing_older_and_reads_nothing_while_it_is_caught_up() {
        publish("fr", 1);
        stream.refresh();
        AssertSubscriber<Sequenced> client = stream.after(stream.now(), filter("fr")).subscribe().withSubscriber(AssertSubscriber.create(100));
        int readsBefore = reads.get();

        stream.refresh();
        stream.refresh();

        assertThat(reads.get()).isEqualTo(readsBefore);
        publish("fr", 2);
        stream.refresh();
        assertThat(client.getItems()).extracting(s -> s.digest().version()).containsExactly(2);
    }

    private long last() {
        return published.isEmpty() ? 0 : published.getLast().seq();
    }

    private void publish(String lang, int version) {
        published.add(new Sequenced(published.size() + 1, digest(lang, version)));
    }

    private static DigestRepository.Filter filter(String lang) {
        return new DigestRepository.Filter(lang, Optional.empty(), Optional.empty(), List.of());
    }

    private static Digest digest(String lang, int version) {
        return new Digest(Digest.SCHEMA_VERSION, "article-a-" + lang, Digest.Kind.ARTICLE, "a", lang, "Titre", List.of(),
                "extractive", null, "VERIFIED", Instant.parse("2026-12-02T10:00:00Z"), version);
    }
}
