-- Digests ask "what was indexed since the last delivery": by indexing time, not publication time (an old article indexed
-- today is new to the channel). Updates keep indexed_ms, so a corrected article is not delivered again.
CREATE INDEX ix_articles_indexed ON articles (indexed_ms DESC, id DESC);
