package io.veille.support.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.veille.contracts.Topics;

/**
 * The headers of a dead letter: the original record's headers, plus the Topics.DLQ_HEADER_*
 * headers saying what failed, where and after how many tries. Every service writes them the same
 * way so that one tool can read any dead-letter topic.
 */
public final class DeadLetterHeaders {

    /** Longer messages (a stack of causes, a huge payload echoed back) are cut here. */
    static final int MAX_REASON_CHARS = 1000;

    private DeadLetterHeaders() {
    }

    public static RecordHeaders of(ConsumerRecord<?, ?> record, Throwable failure, String stage, int attempts) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(Topics.DLQ_HEADER_EXCEPTION, utf8(failure.getClass().getName()));
        headers.add(Topics.DLQ_HEADER_REASON, utf8(reason(failure)));
        headers.add(Topics.DLQ_HEADER_STAGE, utf8(stage));
        headers.add(Topics.DLQ_HEADER_ATTEMPTS, utf8(Integer.toString(attempts)));
        return headers;
    }

    static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
