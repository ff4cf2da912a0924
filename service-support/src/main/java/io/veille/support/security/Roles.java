package io.veille.support.security;

/** The two scopes an API key grants; an admin key also reads. */
public final class Roles {

    /** Reading what the pipeline produced: articles, facts, entities, stories, digests. */
    public static final String READ = "read";

    /** What fetches, polls, extracts, summarises or reveals configuration. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
