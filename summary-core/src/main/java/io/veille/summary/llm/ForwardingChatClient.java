package io.veille.summary.llm;

/** A chat client that wraps another: it is the same provider and model, only the call is decorated. */
abstract class ForwardingChatClient implements ChatClient {

    protected final ChatClient delegate;

    ForwardingChatClient(ChatClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public final String provider() {
        return delegate.provider();
    }

    @Override
    public final String model() {
        return delegate.model();
    }
}
