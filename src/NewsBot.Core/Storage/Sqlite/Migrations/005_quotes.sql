-- Quotes and their speakers. A speaker is merged across articles and languages by its normalised name (key, see
-- SpeakerName.Normalize) and its alias keys (surname, organisation without legal suffix, name forms seen in mentions).
CREATE TABLE speakers (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,            -- the fullest form seen: "Gleb Kostarev"
    key         TEXT    NOT NULL UNIQUE,     -- SpeakerName.Normalize(name): "gleb kostarev"
    kind        TEXT,                        -- person | organization, when the quotes say so
    affiliation TEXT                         -- a person's organisation, as last seen
);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,             -- a normalised key that also names this speaker: "kostarev"
    PRIMARY KEY (speaker_id, alias)
) WITHOUT ROWID;
CREATE INDEX ix_speaker_aliases_alias ON speaker_aliases (alias);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,        -- offsets into articles.body, end exclusive: text = body[start..end]
    "end"           INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    kind            TEXT    NOT NULL,        -- direct | partial | reported
    speaker_id      INTEGER REFERENCES speakers (id) ON DELETE SET NULL,   -- null: unattributed
    mention         TEXT    NOT NULL,        -- the words naming the speaker at this quote: "she", "la plateforme"
    cue             TEXT,
    role            TEXT,
    affiliation     TEXT,
    affiliation_id  INTEGER REFERENCES speakers (id) ON DELETE SET NULL,   -- the organisation, so /quote X finds X's staff
    language        TEXT    NOT NULL,
    confidence      REAL    NOT NULL
);
CREATE INDEX ix_quotes_article ON quotes (article_id);
CREATE INDEX ix_quotes_speaker ON quotes (speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX ix_quotes_affiliation ON quotes (affiliation_id) WHERE affiliation_id IS NOT NULL;

-- Articles indexed before this version have no quotes yet: re-indexing them (unchanged) extracts their quotes once.
ALTER TABLE articles ADD COLUMN quotes_extracted INTEGER NOT NULL DEFAULT 0;
