package io.veille.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import io.veille.contracts.Topics;

class DeadLetterHeadersTest {

    @Test
    void the_original_headers_are_kept_and_the_failure_is_described() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("news.articles.raw", 0, 42, "key", "{not json");
        record.headers().add("traceparent", "00-abc".getBytes(StandardCharsets.UTF_8));

        Headers headers = DeadLetterHeaders.of(record, new IllegalStateException("database down"), "persist", 3);

        assertThat(text(headers, "traceparent")).isEqualTo("00-abc");
        assertThat(text(headers, Topics.DLQ_HEADER_EXCEPTION)).isEqualTo("java.lang.IllegalStateException");
        assertThat(text(headers, Topics.DLQ_HEADER_REASON)).isEqualTo("database down");
        assertThat(text(headers, Topics.DLQ_HEADER_STAGE)).isEqualTo("persist");
        assertThat(text(headers, Topics.DLQ_HEADER_ATTEMPTS)).isEqualTo("3");
    }

    @Test
    void a_failure_without_a_message_is_named_by_its_class_and_a_long_one_is_cut() {
        assertThat(DeadLetterHeaders.reason(new NullPointerException())).isEqualTo("NullPointerException");

        String reason = DeadLetterHeaders.reason(new IllegalArgumentException("x".repeat(5000)));

        assertThat(reason).hasSize(DeadLetterHeaders.MAX_REASON_CHARS + 1).endsWith("…");
    }

    private static String text(Headers headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
