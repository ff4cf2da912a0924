-- Stories: articles about the same event (io.veille.extractor.story). A story's id is the id of the
-- article that started it; article.story_id (V1) points here.

create table story (
    id                 text primary key,
    title              text,                          -- the first article's title
    first_published_at timestamptz,
    last_published_at  timestamptz,
    article_count      integer     not null,
    languages          jsonb       not null default '[]'::jsonb, -- ["en", "fr"]
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create index story_last_published_at_idx on story (last_published_at desc nulls last, id);

-- What the assigner matches a new article against: one row per assigned article, kept with the
-- story it joined. Recent rows are loaded by anchor days (the publication day and the event days
-- the article names), so matching survives restarts and is shared by every replica.
create table story_fingerprint (
    article_id   text primary key,
    story_id     text        not null,
    lang         text,
    title        text,
    published_at timestamptz not null,
    anchor_first date        not null,
    anchor_last  date        not null,
    anchors      text        not null,                -- ISO days, comma-separated
    sim_hash     bigint,                              -- SimHash of the text's shingles, null for short texts
    features     text        not null,                -- money:/date:/entity: features, one per line
    created_at   timestamptz not null default now()
);

create index story_fingerprint_anchors_idx on story_fingerprint (anchor_last, anchor_first);
create index story_fingerprint_story_id_idx on story_fingerprint (story_id);
