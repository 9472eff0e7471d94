-- Articles, their extracted events and entities, dimension tables, ingest failures.
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT NOT NULL UNIQUE,
    source_id        TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    byline           TEXT NOT NULL DEFAULT '',
    published        TEXT,
    text             TEXT NOT NULL,
    origin           TEXT NOT NULL DEFAULT '',
    pipeline_version TEXT,
    ingested_at      TEXT NOT NULL,
    extracted_at     TEXT
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE places (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    name_ar      TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    country_code TEXT NOT NULL DEFAULT '',
    admin1       TEXT NOT NULL DEFAULT '',
    latitude     REAL,
    longitude    REAL,
    UNIQUE (name, country, admin1)
);

CREATE TABLE actors (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    type_code INTEGER,
    country   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id                     INTEGER PRIMARY KEY,
    article_id             INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal                INTEGER NOT NULL,
    event_date             TEXT,
    time_precision         INTEGER,
    date_expression        TEXT NOT NULL DEFAULT '',
    date_earliest          TEXT,
    date_latest            TEXT,
    event_type             TEXT NOT NULL,
    sub_event_type         TEXT NOT NULL DEFAULT '',
    disorder_type          TEXT NOT NULL DEFAULT '',
    actor1_id              INTEGER REFERENCES actors (id),
    actor1                 TEXT NOT NULL DEFAULT '',
    actor1_ar              TEXT NOT NULL DEFAULT '',
    inter1                 INTEGER,
    actor2_id              INTEGER REFERENCES actors (id),
    actor2                 TEXT NOT NULL DEFAULT '',
    actor2_ar              TEXT NOT NULL DEFAULT '',
    inter2                 INTEGER,
    assoc_actors           TEXT NOT NULL DEFAULT '[]',
    place_id               INTEGER REFERENCES places (id),
    country                TEXT NOT NULL DEFAULT '',
    country_code           TEXT NOT NULL DEFAULT '',
    iso                    INTEGER,
    admin1                 TEXT NOT NULL DEFAULT '',
    location               TEXT NOT NULL DEFAULT '',
    location_ar            TEXT NOT NULL DEFAULT '',
    location_relation      TEXT NOT NULL DEFAULT '',
    latitude               REAL,
    longitude              REAL,
    geo_precision          INTEGER,
    fatalities             INTEGER,
    fatalities_expression  TEXT NOT NULL DEFAULT '',
    fatalities_approximate INTEGER NOT NULL DEFAULT 0,
    wounded                INTEGER,
    attribution            TEXT NOT NULL DEFAULT '',
    modality               TEXT NOT NULL DEFAULT '',
    confidence             REAL,
    notes                  TEXT NOT NULL DEFAULT '',
    evidence               TEXT NOT NULL DEFAULT '[]',
    pipeline_version       TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country ON events (country, event_date);
CREATE INDEX events_type ON events (event_type, event_date);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE entities (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    type       TEXT NOT NULL,
    text       TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    subtype    TEXT NOT NULL DEFAULT '',
    forms      TEXT NOT NULL DEFAULT '[]',
    spans      TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, ordinal)
);

CREATE TABLE ingest_failures (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (source, reason)
);

-- Terms from rasd.search.index_text (already normalised and stemmed): the tokenizer only
-- has to split on spaces. rowid = articles.id.
CREATE VIRTUAL TABLE article_search USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 0');
