-- Sources managed through /api/v1/sources; the YAML file and inline configuration seed rows that do not exist yet.
-- A deleted source keeps its row (deleted = true), so a restart does not seed it again.
CREATE TABLE source (
    id             VARCHAR(64)  PRIMARY KEY,
    feed           TEXT         NOT NULL,
    kind           VARCHAR(16)  NOT NULL DEFAULT 'feed',
    language       VARCHAR(8),
    poll_interval  VARCHAR(32),
    allow_private  BOOLEAN      NOT NULL DEFAULT FALSE,
    max_age        VARCHAR(32),
    backfill       VARCHAR(32),
    host_delay     VARCHAR(32),
    link_filters   TEXT,
    deny           TEXT,
    paused         BOOLEAN      NOT NULL DEFAULT FALSE,
    deleted        BOOLEAN      NOT NULL DEFAULT FALSE,
    seeded         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- the crawler instance polling the source now, and until when its claim holds (replicas never poll one source twice)
    leased_by      VARCHAR(128),
    lease_until    TIMESTAMPTZ
);

-- Conditional GET for pages: the validators of the last fetch, and when the source last said the page changed.
ALTER TABLE seen_article ADD COLUMN item_changed  TIMESTAMPTZ;
ALTER TABLE seen_article ADD COLUMN etag          TEXT;
ALTER TABLE seen_article ADD COLUMN last_modified TEXT;

-- New articles of the last poll, for the source statistics.
ALTER TABLE source_state ADD COLUMN last_new_articles INTEGER NOT NULL DEFAULT 0;
