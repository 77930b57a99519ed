-- Articles with their paragraphs and sentences (offsets into body), and the full-text index over title and body.
CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT    NOT NULL UNIQUE,
    source              TEXT    NOT NULL UNIQUE,
    external_id         TEXT,
    title               TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    language_confidence REAL    NOT NULL,
    source_name         TEXT,
    url                 TEXT,
    published_ms        INTEGER,            -- Unix milliseconds, UTC
    indexed_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    words               INTEGER NOT NULL,
    content_hash        TEXT    NOT NULL,
    body                TEXT    NOT NULL,
    -- Paragraph and sentence offsets into body, packed (see ArticleLayoutCodec): always read whole with the body, never
    -- queried one by one, so a row per sentence would only multiply the writes of indexing.
    layout              BLOB    NOT NULL
);
CREATE INDEX ix_articles_content_hash ON articles (content_hash);
CREATE INDEX ix_articles_external_id ON articles (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_articles_date ON articles (coalesce(published_ms, indexed_ms) DESC);

-- External-content FTS5: the text lives once, in articles; triggers keep the index in step.
-- remove_diacritics 2 lets "president" find "président"; prefix indexes make "crypt*" fast.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
