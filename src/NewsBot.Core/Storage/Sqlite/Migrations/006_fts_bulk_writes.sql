-- Full-text index settings for bulk indexing (FTS5 keeps them in articles_fts_config; see docs/indexing.md).
-- hashsize: FTS5 buffers new terms in memory and writes them out as one index segment when the buffer fills or the
-- transaction commits. 16 MiB (default 1 MiB) lets a whole batch of articles become one segment instead of several, so
-- there are fewer segments to merge later. The memory is held only while a batch is being written.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
-- automerge: segments of one level are merged once this many have piled up. 8 (default 4) merges less often, each time
-- more segments at once, so each term's data is rewritten fewer times as the index grows. 16 saved a little more writing
-- but left so many segments that searches were 20-25 % slower; at 8 they measured as fast as before.
-- crisismerge (default 16) must stay above it.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);
