-- The full-text index of titles and bodies keeps one prefix index, of 3 characters, instead of two (2 and 3).
-- Every prefix index holds a position list for every word of every article, as large as the main index's: with two, the
-- index was three times the size of one without, and indexing spent about a third of its full-text work on them
-- (docs/indexing.md, "Fourth round"). A 2-letter prefix matches hundreds of words ("de*"), which says little in a news
-- search: /search and the CLI now read "xy*" as the word "xy" and say so (SearchQueryParser.MinPrefixLength).
-- Autocomplete, where two letters are what has been typed so far, has its own titles index, which keeps both.
-- FTS5 cannot change a table's prefix indexes in place: the table is made again and rebuilt from the stored articles
-- (about 10 s for 100,000 articles). The update and delete triggers name the table and work on the new one unchanged.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
-- The settings of migration 006, which lived in the dropped table's configuration.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
