-- Story and period digests are written from the projection, so it is read by story and by day.
create index article_story on article (story_id);
create index article_published_at on article (published_at);

-- What a digest is about, for the API's filters (story, entity, topic, article, period). Tags follow
-- the latest version: they are replaced when a new version is stored.
create table digest_tag (
    digest_id  text not null,
    tag        text not null,
    primary key (digest_id, tag)
);
create index digest_tag_tag on digest_tag (tag);

-- Story and period digests waiting to be (re)written. A burst of articles joining a story marks it
-- once and pushes due_at back (debounce); a worker leases a row by moving due_at forward and
-- deletes it only if nobody marked it again meanwhile, so a crash mid-way loses nothing.
create table pending_digest (
    kind        text not null,
    subject_id  text not null,
    due_at      timestamptz not null,
    attempts    int not null default 0,
    primary key (kind, subject_id)
);
create index pending_digest_due_at on pending_digest (due_at);

-- Model answers already paid for, keyed by (subject version, provider, model, prompt version).
create table digest_cache (
    cache_key   text primary key,
    provider    text not null,
    model       text not null,
    status      text not null,
    written     jsonb not null,
    created_at  timestamptz not null
);
