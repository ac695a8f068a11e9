-- Each area's effective time zone (its own, else the nearest ancestor's), kept as a small indexed
-- table. Computed inline from the recursive area_lineage view, the planner guessed 200 rows and
-- joined the day's candidates to it row by row: minutes on a million-subscriber day. The
-- call-lists job refreshes it at its start, so an areas import is seen the same night.
CREATE MATERIALIZED VIEW area_zone AS
SELECT DISTINCT ON (area_code) area_code, timezone
FROM area_lineage
WHERE timezone IS NOT NULL
ORDER BY area_code, depth;

CREATE UNIQUE INDEX area_zone_area_idx ON area_zone (area_code);
