package io.veille.support.messaging;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a send failure that a retry may cure (the broker away, a leader moving) from one that
 * would fail the same way every time (the record too large, a serializer failing, any other
 * non-retriable Kafka error): those go to the dead-letter topic at once.
 */
public final class PublishFailures {

    private PublishFailures() {
    }

    /** The failure itself, without the wrappers an asynchronous send puts around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static boolean isCurableByRetry(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
            if (t instanceof KafkaException) {
                return false;
            }
        }
        return true; // not Kafka's: a timeout waiting for the ack, an interrupted thread
    }
}
