package io.veille.summary.publish;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.veille.contracts.Digest;

/**
 * Every digest version on the digest topics, for the Server-Sent Events endpoint. Fed by
 * {@code DigestTopicConsumer} from the topics, not by the local writer, so each replica streams the
 * versions every replica published. A client gets what is published while it is connected; one
 * that must not miss a version reads the digest topics or pages /api/v1/digests?since=.
 */
@ApplicationScoped
public class DigestStream {

    /** Versions a client may fall behind by (a burst from one Kafka poll) before its stream is failed: it is not reading. */
    static final int CLIENT_BUFFER = 10_000;

    private final BroadcastProcessor<Digest> processor = BroadcastProcessor.create();

    public void emit(Digest digest) {
        processor.onNext(digest);
    }

    public Multi<Digest> digests(String lang) {
        // A broadcast fails a subscriber that has no demand when an item comes; the SSE writer asks for one
        // at a time, and the topic delivers versions in bursts, so each client gets a buffer of its own.
        return processor.onOverflow().buffer(CLIENT_BUFFER).filter(d -> lang.equals(d.lang()));
    }
}
