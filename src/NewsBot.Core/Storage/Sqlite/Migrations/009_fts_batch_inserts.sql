-- New articles enter the full-text indexes once per batch, from SqliteArticleWriter.IndexPending, instead of one trigger
-- per inserted row. FTS5 writes the terms it holds in memory out as a new index segment at every savepoint, and SQLite
-- opens a statement savepoint for nearly every INSERT inside a transaction (a statement that may abort must be undone
-- alone). So once an FTS5 table had been written in a batch, every later statement of the batch (the next article, each
-- quote) flushed it: one small segment per article, merged again and again by automerge. One INSERT ... SELECT per
-- batch makes one segment of the whole batch. Updates and deletes keep their triggers: they are rare, and they need the
-- old values, which only the trigger has.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER article_titles_fts_insert;
