-- Hand-written: ingest looks for the cumulative event a total joins among the cumulative
-- news events of the total's own place whose period overlaps it. A total over the whole
-- war overlaps nearly every cumulative event, so the range index
-- (events_cumulative_period_range_idx) hands over tens of thousands of rows; by place and
-- start it is the few hundred of one place (lib/mutations/assign-claims-to-events.ts).
-- Partial, like the range indexes, so schema.prisma does not declare it.
CREATE INDEX "events_cumulative_place_period_start_idx" ON "events" ("place_id", "period_start") WHERE "scope" = 'cumulative' AND "dataset_id" IS NULL;
