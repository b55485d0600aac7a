-- Grouping a new claim with a place looks for the incident events of that place whose
-- period overlaps the claim's. The range index alone found every incident of those days,
-- whatever their place (about 270 a day at 1M claims, ten times that at 10M), and the
-- place was checked row by row: the candidate query took about 45 ms for a batch of 16
-- reports at 1M claims and would grow with the claims. Place and period together, in one
-- GiST index (btree_gist gives GiST the equality on place_id), find only that place's.
-- btree_gist ships with PostgreSQL (contrib) and is a trusted extension: the database's
-- owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX "events_incident_place_range_idx" ON "events" USING gist ("place_id", daterange("period_start", "period_end", '[]'))
WHERE "scope" = 'incident' AND "dataset_id" IS NULL;
