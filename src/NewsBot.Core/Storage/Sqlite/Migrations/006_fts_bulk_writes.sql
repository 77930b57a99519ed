-- Full-text index settings for bulk indexing (FTS5 keeps them in articles_fts_config; see docs/indexing.md).
-- hashsize: FTS5 buffers new terms in memory and writes them out as one index segment when the buffer fills or the
-- transaction commits. 8 MiB (default 1 MiB) lets a whole batch of articles become one segment instead of several, so
-- there are fewer segments to merge later.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608);
-- automerge: segments of one level are merged once this many have piled up. 8 (default 4) merges less often, each time
-- more segments at once, which rewrites each term's data fewer times; a query reads at most 7 segments per level.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
