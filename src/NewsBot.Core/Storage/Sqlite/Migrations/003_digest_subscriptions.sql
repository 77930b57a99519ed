-- Digest subscriptions (one Quartz trigger each), the delivery ledger that makes posting exactly-once per slot, and what
-- has been posted to each channel (a story is never posted to the same channel twice).
CREATE TABLE digest_subscriptions (
    id            INTEGER PRIMARY KEY,
    guild_id      TEXT,
    channel_id    TEXT    NOT NULL,
    schedule      TEXT    NOT NULL,   -- as the admin wrote it: "daily 08:00"
    cron          TEXT    NOT NULL,   -- the Quartz cron expression it means
    time_zone     TEXT    NOT NULL,   -- IANA id
    language      TEXT,
    topic         TEXT,
    max_stories   INTEGER NOT NULL,
    min_stories   INTEGER NOT NULL,
    created_by    TEXT,
    created_ms    INTEGER NOT NULL,
    paused_reason TEXT,
    paused_ms     INTEGER
);
CREATE INDEX ix_digest_subscriptions_guild ON digest_subscriptions (guild_id);

CREATE TABLE digest_deliveries (
    subscription_id INTEGER NOT NULL REFERENCES digest_subscriptions (id) ON DELETE CASCADE,
    slot_ms         INTEGER NOT NULL,   -- the scheduled time this delivery is for (UTC)
    state           TEXT    NOT NULL,   -- pending | posted | skipped | failed
    nonce           TEXT    NOT NULL,   -- sent with enforce_nonce, so a retry after a crash cannot post twice
    attempts        INTEGER NOT NULL DEFAULT 0,
    message_ids     TEXT,
    detail          TEXT,
    created_ms      INTEGER NOT NULL,
    finished_ms     INTEGER,
    PRIMARY KEY (subscription_id, slot_ms)
);

CREATE TABLE digest_posted_articles (
    channel_id TEXT    NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    posted_ms  INTEGER NOT NULL,
    PRIMARY KEY (channel_id, article_id)
) WITHOUT ROWID;
