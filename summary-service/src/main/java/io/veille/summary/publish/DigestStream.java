package io.veille.summary.publish;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.veille.contracts.Digest;

/**
 * Every digest version the broker acknowledged, for the Server-Sent Events endpoint. In memory and
 * per replica: a client that needs every version reads the digest topics instead.
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
