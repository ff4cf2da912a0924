package io.veille.support.security;

/** The scopes an API key grants: read, subscribe (which includes read) and admin (which includes both). */
public final class Roles {

    /** Reading what the pipeline produced: articles, facts, entities, stories, digests. */
    public static final String READ = "read";

    /** Managing topics, watches and subscriptions: what a subscriber changes, never what the pipeline does. */
    public static final String SUBSCRIBE = "subscribe";

    /** What fetches, polls, extracts, summarises or reveals configuration. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
