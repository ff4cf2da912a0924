package io.veille.summary.publish;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.veille.contracts.Digest;

/** A burst of versions (one Kafka poll) reaches a client that reads one at a time, in its language only. */
class DigestStreamTest {

    @Test
    void a_client_asking_for_one_version_at_a_time_gets_a_whole_burst_of_its_language() {
        DigestStream stream = new DigestStream();
        AssertSubscriber<Digest> client = stream.digests("fr").subscribe().withSubscriber(AssertSubscriber.create(1));

        for (int i = 1; i <= 200; i++) {
            stream.emit(digest("fr", i));
            stream.emit(digest("en", i));
        }
        client.assertNotTerminated();
        client.request(1000);

        client.assertNotTerminated();
        List<Digest> received = client.getItems();
        org.assertj.core.api.Assertions.assertThat(received).hasSize(200).allMatch(d -> d.lang().equals("fr"));
        org.assertj.core.api.Assertions.assertThat(received).extracting(Digest::version).startsWith(1, 2, 3).endsWith(200);
    }

    private static Digest digest(String lang, int version) {
        return new Digest(Digest.SCHEMA_VERSION, "article-a-" + lang, Digest.Kind.ARTICLE, "a", lang, "Titre", List.of(),
                "extractive", null, "VERIFIED", Instant.parse("2026-12-02T10:00:00Z"), version);
    }
}
