package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.veille.summary.digest.Topic;
import io.veille.summary.digest.Topics;

class EmailTargetsTest {

    private static final Topics TOPICS = new Topics(List.of(new Topic("ia", "Intelligence artificielle", "Artificial intelligence",
            List.of("IA"))));

    @Test
    void a_topic_is_called_by_its_label_in_the_subscribers_language() {
        assertThat(EmailTargets.label("topic:ia", "fr", TOPICS)).isEqualTo("Intelligence artificielle");
        assertThat(EmailTargets.label("topic:ia", "en", TOPICS)).isEqualTo("Artificial intelligence");
        assertThat(EmailTargets.label("topic:gone", "en", TOPICS)).isEqualTo("gone");
    }

    @Test
    void all_means_every_digest_and_a_watch_is_called_by_its_id() {
        assertThat(EmailTargets.label("all", "fr", TOPICS)).isEqualTo("toute l'actualité");
        assertThat(EmailTargets.tag("all")).isNull();
        assertThat(EmailTargets.tag("topic:ia")).isEqualTo("topic:ia");
        assertThat(EmailTargets.label("watch:w1", "en", TOPICS)).isEqualTo("w1");
    }
}
