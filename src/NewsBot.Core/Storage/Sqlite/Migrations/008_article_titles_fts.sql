-- A full-text index of titles alone, for autocomplete (/article, /summary: "de", "bit", one letter at a time).
-- Autocomplete matches the word being typed as a prefix in titles only. On articles_fts that meant reading the position
-- lists of both columns for every term with the prefix and keeping the title positions: the body's make up nearly all of
-- them. Here the lists hold titles only (about 12 words an article instead of 500), with the same tokenizer and the same
-- 2- and 3-character prefix indexes, so BM25 ranks titles exactly as before (same counts, same average title length).
CREATE VIRTUAL TABLE article_titles_fts USING fts5 (
    title,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('automerge', 8);
INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('crisismerge', 64);

CREATE TRIGGER article_titles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_titles_fts (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER article_titles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_titles_fts (article_titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER article_titles_fts_update AFTER UPDATE OF title ON articles BEGIN
    INSERT INTO article_titles_fts (article_titles_fts, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO article_titles_fts (rowid, title) VALUES (new.id, new.title);
END;

-- Existing articles: indexed from their stored titles (a few seconds for 100,000 articles).
INSERT INTO article_titles_fts (article_titles_fts) VALUES ('rebuild');
