-- Feeds NewsBot polls (added by /feed add, the CLI or Ingest:Feeds), their conditional-GET validators and health, and the
-- item keys already seen per feed (guid:, url:, hash:), which are what deduplication checks; dates never are.
CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT    NOT NULL,             -- as given (redacted only when shown or logged)
    url_key              TEXT    NOT NULL,             -- UrlCanonicalizer.IdentityKey: what makes two URLs the same feed
    name                 TEXT,
    guild_id             TEXT,                         -- null: from configuration or the CLI, visible everywhere
    channel_id           TEXT,                         -- where notices (and new items) go; null: logged only
    poll_interval_s      INTEGER,                      -- null: Ingest:PollInterval
    added_by             TEXT,                         -- user id, 'configuration' or 'cli'
    created_ms           INTEGER NOT NULL,
    etag                 TEXT,
    last_modified_ms     INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    last_success_ms      INTEGER,
    last_failure_ms      INTEGER,
    paused_reason        TEXT,
    paused_ms            INTEGER
);
CREATE UNIQUE INDEX ux_feeds_guild_url ON feeds (coalesce(guild_id, ''), url_key);

CREATE TABLE feed_seen_keys (
    feed_id        INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    key            TEXT    NOT NULL,
    first_seen_ms  INTEGER NOT NULL,
    last_listed_ms INTEGER NOT NULL,                   -- refreshed while the feed still lists the item; pruned by age
    PRIMARY KEY (feed_id, key)
) WITHOUT ROWID;
