-- Digest topics and watches, changed at run time through /api/v1/topics and /api/v1/watches; every
-- replica reads them back every few seconds. Configured topics (veille.summary.topics.*) are
-- seeded with origin 'config' and never overwritten; one deleted through the API keeps its row as a
-- tombstone (deleted = true), so the next start does not seed it again.
create table topic (
    id          text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    label_fr    text not null,
    label_en    text not null,
    terms       jsonb not null default '[]'::jsonb,
    entities    jsonb not null default '[]'::jsonb,
    sources     jsonb not null default '[]'::jsonb,
    languages   jsonb not null default '[]'::jsonb,
    origin      text not null check (origin in ('config', 'api')),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    deleted     boolean not null default false
);

-- A saved search: its query (words, "phrases", -exclusions) as written, parsed when read back.
-- ARTICLE and STORY digests it matches are tagged watch:<id>.
create table watch (
    id              text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    label           text not null,
    query           text not null default '',
    entity          text,
    source          text,
    lang            text check (lang in ('fr', 'en')),
    min_story_size  int not null default 1 check (min_story_size >= 1),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
