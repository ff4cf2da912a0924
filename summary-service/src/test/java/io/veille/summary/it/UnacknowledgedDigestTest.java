package io.veille.summary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.veille.contracts.Digest;
import io.veille.contracts.EventJson;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.digest.DigestIds;

/**
 * A digest version stored by a process that died before the database noted its publication: the
 * scheduler sends it unless it is on its topic already (the process died after the broker's
 * acknowledgement), and either way it is on the topic exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
class UnacknowledgedDigestTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_version_a_dead_process_sent_but_did_not_note_is_noted_without_being_sent_again() {
        Digest digest = leftOver();
        KafkaTestClient.send(Topics.DIGESTS_FR, digest.id(), EventJson.write(digest));

        awaitNotedAsPublished(digest);

        assertThat(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, digest.id(), 1, WITHIN)).hasSize(1);
    }

    @Test
    void a_version_a_dead_process_did_not_send_is_sent_once() {
        Digest digest = leftOver();

        awaitNotedAsPublished(digest);

        assertThat(KafkaTestClient.recordsWithKey(Topics.DIGESTS_FR, digest.id(), 1, WITHIN))
                .extracting(r -> EventJson.read(r.value(), Digest.class))
                .containsExactly(digest);
    }

    /** Version 1 of a new French ARTICLE digest, stored unpublished an hour ago (before this process started). */
    private Digest leftOver() {
        String articleId = "test-" + UUID.randomUUID();
        Digest digest = new Digest(Digest.SCHEMA_VERSION, DigestIds.of(Digest.Kind.ARTICLE, articleId, "fr"),
                Digest.Kind.ARTICLE, articleId, "fr", "Un article",
                List.of(new Digest.Item("Montants cités : 3 millions d'euros.",
                        List.of(new Digest.Citation(articleId, "https://example.fr/" + articleId, "example-fr")), List.of())),
                "extractive", null, "VERIFIED", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS), 1);
        new Db(dataSource).update("insert into summary.digest (id, version, lang, kind, subject_id, title, items, provider,"
                        + " model, status, created_at, input_hash, published) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, false)",
                digest.id(), digest.version(), digest.lang(), digest.kind().name(), digest.subjectId(), digest.title(),
                EventJson.write(digest.items()), digest.provider(), digest.model(), digest.status(),
                Timestamp.from(digest.createdAt()), "input-" + articleId);
        return digest;
    }

    private void awaitNotedAsPublished(Digest digest) {
        await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                "select count(*) from summary.digest where id = ? and published", digest.id()) == 1);
    }
}
