-- What the crawler has published (or tried to), keyed by the hash of the canonical URL.
CREATE TABLE seen_article (
    url_hash       VARCHAR(32)  PRIMARY KEY,
    canonical_url  TEXT         NOT NULL,
    source_id      VARCHAR(64)  NOT NULL,
    first_seen     TIMESTAMPTZ  NOT NULL,
    -- when Kafka acknowledged the raw article; NULL while it has not been published
    published_at   TIMESTAMPTZ,
    -- the publication date the feed gave the item
    item_date      TIMESTAMPTZ,
    last_status    INTEGER      NOT NULL DEFAULT 0,
    attempts       INTEGER      NOT NULL DEFAULT 0,
    last_error     TEXT,
    last_attempt   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX seen_article_source ON seen_article (source_id, first_seen);

CREATE TABLE source_state (
    source_id            VARCHAR(64) PRIMARY KEY,
    last_polled          TIMESTAMPTZ,
    etag                 TEXT,
    last_modified        TEXT,
    last_error           TEXT,
    consecutive_failures INTEGER     NOT NULL DEFAULT 0,
    published_count      BIGINT      NOT NULL DEFAULT 0,
    failed_count         BIGINT      NOT NULL DEFAULT 0,
    feed_error_count     BIGINT      NOT NULL DEFAULT 0
);
