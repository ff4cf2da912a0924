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

    private final BroadcastProcessor<Digest> processor = BroadcastProcessor.create();

    public void emit(Digest digest) {
        processor.onNext(digest);
    }

    public Multi<Digest> digests(String lang) {
        return processor.filter(d -> lang.equals(d.lang()));
    }
}
