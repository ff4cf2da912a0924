-- The summary service's own projection of the extracted articles it summarises.
create table article (
    id            text primary key,
    story_id      text,
    url           text not null,
    source_id     text,
    lang          text,
    title         text,
    published_at  timestamptz,
    text          text,
    facts         jsonb not null default '[]'::jsonb,
    entities      jsonb not null default '[]'::jsonb,
    content_hash  text not null,
    updated_at    timestamptz not null default now()
);

-- One row per digest version; the latest version of an id is the current digest.
create table digest (
    id          text not null,
    version     int not null,
    lang        text not null,
    kind        text not null,
    subject_id  text not null,
    title       text not null,
    items       jsonb not null,
    provider    text not null,
    model       text,
    status      text not null,
    created_at  timestamptz not null,
    input_hash  text not null,
    -- false until the broker acknowledged the publication, so a crash in between republishes on replay
    published   boolean not null default false,
    primary key (id, version),
    constraint digest_version_positive check (version > 0)
);
create index digest_lang_created_at on digest (lang, created_at desc);
create index digest_subject on digest (kind, subject_id);

create table llm_call (
    id          bigint generated always as identity primary key,
    provider    text not null,
    model       text,
    tokens_in   int not null,
    tokens_out  int not null,
    latency_ms  bigint not null,
    outcome     text not null,
    created_at  timestamptz not null
);
create index llm_call_created_at on llm_call (created_at);
