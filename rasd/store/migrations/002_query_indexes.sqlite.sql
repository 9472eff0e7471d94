-- Indexes for the filters and sorts of `rasd events` / the API (benchmarks/api_load_note.md).
-- Country and admin1 filters compare case-insensitively; indexing the same LOWER() expressions
-- the filters use lets the planner use them (a plain column index cannot serve LOWER(col) = ?).
CREATE INDEX events_country_lower ON events (LOWER(country), event_date);
CREATE INDEX events_country_code_lower ON events (LOWER(country_code), event_date);
CREATE INDEX events_admin1_lower ON events (LOWER(admin1), event_date);
-- Sort by fatalities (the map's "deadliest first"). SQLite puts NULLs first in ascending order,
-- so a backward scan gives `DESC NULLS LAST`; the rowid makes it the `e.id DESC` tie-break too.
CREATE INDEX events_fatalities ON events (fatalities);
