-- The default sort, newest first: `event_date DESC NULLS LAST, id DESC`. PostgreSQL puts NULLs
-- last in ascending order, so a backward scan of events_date gives NULLS FIRST and cannot serve
-- it. (SQLite needs no such index: there NULLs sort first, and events_date backwards fits.)
CREATE INDEX events_newest_first ON events (event_date DESC NULLS LAST, id DESC);
