-- The version of the quote rules that extracted an article's quotes (0: never extracted), so an upgrade whose rules find
-- more or better quotes extracts stored articles again (QuoteRefresher). Articles extracted so far were extracted by the
-- first rules, version 1, which is what quotes_extracted = 1 meant. The index finds the stale ones without reading bodies.
ALTER TABLE articles RENAME COLUMN quotes_extracted TO quote_rules_version;
CREATE INDEX ix_articles_quote_rules_version ON articles (quote_rules_version);
