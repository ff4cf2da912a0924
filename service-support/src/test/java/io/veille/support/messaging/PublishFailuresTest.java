package io.veille.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class PublishFailuresTest {

    @Test
    void a_record_too_large_a_serialization_error_and_other_kafka_errors_are_not_worth_a_retry() {
        assertThat(PublishFailures.isCurableByRetry(new RecordTooLargeException("too big"))).isFalse();
        assertThat(PublishFailures.isCurableByRetry(new CompletionException(new SerializationException("bad")))).isFalse();
        assertThat(PublishFailures.isCurableByRetry(new KafkaException("fenced"))).isFalse();
    }

    @Test
    void a_moving_leader_and_a_timeout_may_pass() {
        assertThat(PublishFailures.isCurableByRetry(new CompletionException(new NotLeaderOrFollowerException("moving")))).isTrue();
        assertThat(PublishFailures.isCurableByRetry(new IllegalStateException(new TimeoutException("no ack")))).isTrue();
    }

    @Test
    void the_failure_is_found_inside_the_wrappers_of_an_asynchronous_send() {
        RecordTooLargeException cause = new RecordTooLargeException("too big");

        assertThat(PublishFailures.unwrap(new CompletionException(cause))).isSameAs(cause);
        assertThat(PublishFailures.unwrap(cause)).isSameAs(cause);
    }
}
