-- Article revisions, and the lookup columns and indexes behind GET /api/v1/facts and /api/v1/entities.

-- The current extraction is revision n of its article; revisions 1..n-1 are kept in article_revision.
alter table article add column revision integer not null default 1;

create table article_revision (
    id           bigserial primary key,
    article_id   text        not null references article (id) on delete cascade,
    revision     integer     not null,
    content_hash text        not null,
    title        text,
    text         text        not null,
    extracted_at timestamptz not null,              -- when this version was stored (the article's updated_at then)
    constraint article_revision_natural_key unique (article_id, revision)
);
-- a replay of an earlier version is recognised by its hash
create index article_revision_hash_idx on article_revision (article_id, content_hash);

-- unaccent (accent-insensitive names) and pg_trgm (substring search) ship with PostgreSQL and are
-- trusted extensions: the database owner may create them. When another schema already holds one,
-- that one is used: the functions below name the extension's schema explicitly, so they do not
-- depend on the search_path (index expressions and generated columns need that).
create extension if not exists unaccent with schema extractor;
create extension if not exists pg_trgm with schema extractor;

do $migration$
declare
    unaccent_schema text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent');
    trgm_schema     text := (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm');
begin
    -- "Élysée  Palace" -> "elysee palace": lower case, no accents, single spaces.
    execute format($f$
        create function extractor.name_key(value text) returns text
            language sql immutable strict parallel safe
            as $body$ select btrim(regexp_replace(lower(%1$I.unaccent(%2$L::regdictionary, value)), '\s+', ' ', 'g')) $body$
        $f$, unaccent_schema, quote_ident(unaccent_schema) || '.unaccent');

    -- The keys of an entity row: its canonical name and its aliases, normalised.
    create function extractor.name_keys(name text, aliases jsonb) returns text[]
        language sql immutable strict parallel safe
        as $body$
            select coalesce(array_agg(distinct extractor.name_key(n) order by extractor.name_key(n)), '{}')
            from (select name union all select jsonb_array_elements_text(aliases)) as names (n)
            where btrim(n) <> ''
        $body$;

    -- The same keys as one searchable text, one key a line (a substring never spans two keys: the
    -- API strips line breaks from the search term).
    create function extractor.name_search_text(name text, aliases jsonb) returns text
        language sql immutable strict parallel safe
        as $body$ select array_to_string(extractor.name_keys(name, aliases), E'\n') $body$;

    alter table extractor.entity
        add column name_key    text   generated always as (extractor.name_key(name)) stored,
        add column search_keys text[] generated always as (extractor.name_keys(name, aliases)) stored,
        add column search_text text   generated always as (extractor.name_search_text(name, aliases)) stored;

    execute format('create index entity_search_text_trgm_idx on extractor.entity using gin (search_text %I.gin_trgm_ops)', trgm_schema);
end
$migration$;

-- GET /api/v1/entities groups by (name_key, type); GET /api/v1/facts?entity= looks names up exactly.
create index entity_name_key_type_idx on entity (name_key, type, article_id);
create index entity_search_keys_idx on entity using gin (search_keys);

-- GET /api/v1/facts?type=MONEY&currency=EUR; article (published_at desc) is indexed since V1.
create index fact_type_currency_idx on fact (type, currency, article_id);
