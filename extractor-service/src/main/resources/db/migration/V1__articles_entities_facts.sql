-- The extractor's own tables (schema "extractor", created by Flyway). No other service reads them.

create table article (
    id            text primary key,              -- article id = UrlHash.of(canonical url)
    url           text        not null,
    canonical_url text        not null,
    source_id     text,
    lang          text,
    title         text,
    byline        text,
    site_name     text,
    published_at  timestamptz,
    text          text        not null,
    content_hash  text        not null,          -- SHA-256 of the extracted event: unchanged hash = nothing to rewrite
    story_id      text        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- GET /api/v1/articles lists newest first, optionally by language and "since".
create index article_published_at_idx on article (published_at desc nulls last, id);
create index article_lang_published_at_idx on article (lang, published_at desc nulls last);
create index article_story_id_idx on article (story_id);

create table entity (
    id         bigserial primary key,
    article_id text  not null references article (id) on delete cascade,
    name       text  not null,
    type       text  not null,                    -- PERSON, ORG, LOC
    aliases    jsonb not null default '[]'::jsonb, -- ["Macron", ...]
    mentions   jsonb not null default '[]'::jsonb, -- [{"start": 12, "end": 26}, ...] offsets into article.text
    constraint entity_natural_key unique (article_id, name, type)
);

create table fact (
    id           bigserial primary key,
    article_id   text    not null references article (id) on delete cascade,
    type         text    not null,                -- MONEY, QUANTITY, PERCENT, DATE, QUOTE
    text         text    not null,                -- exactly article.text[start_offset, end_offset)
    start_offset integer not null,
    end_offset   integer not null,
    value        numeric,
    currency     text,
    unit         text,
    date_value   text,
    date_end     text,
    qualifier    text,
    speaker      text,
    quote        text,
    constraint fact_natural_key unique (article_id, type, start_offset, end_offset)
);

-- The unique constraints above already index by article_id first; these serve "facts of a type".
create index fact_type_idx on fact (type, article_id);
create index entity_name_idx on entity (name, type);
