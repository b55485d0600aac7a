-- The daily sums (of all sources, and of each source) are kept by adding each write's new
-- estimate rows and taking away its old ones, as the month x place sums are, instead of
-- summing every event of the days a write touched again (a day holds hundreds of events at
-- 1M claims, thousands at 10M). "Any event open-ended" cannot be taken away; the number
-- of open-ended events can, so it is kept beside high_open (high_open = open_events > 0).
ALTER TABLE "daily_estimates" ADD COLUMN "open_events" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "source_daily_estimates" ADD COLUMN "open_events" INTEGER NOT NULL DEFAULT 0;

UPDATE "daily_estimates" d SET "open_events" = x.n
FROM (SELECT convention, outcome, period_start, side_id, count(*)::int AS n FROM event_estimates
      WHERE scope = 'incident' AND period_start IS NOT NULL AND high_open GROUP BY 1, 2, 3, 4) x
WHERE d.convention = x.convention AND d.outcome = x.outcome AND d.day = x.period_start AND d.side_id = x.side_id;

UPDATE "source_daily_estimates" d SET "open_events" = x.n
FROM (SELECT source_kind, source_id, convention, outcome, period_start, side_id, count(*)::int AS n FROM source_event_estimates
      WHERE scope = 'incident' AND period_start IS NOT NULL AND high_open GROUP BY 1, 2, 3, 4, 5, 6) x
WHERE d.source_kind = x.source_kind AND d.source_id = x.source_id AND d.convention = x.convention AND d.outcome = x.outcome
  AND d.day = x.period_start AND d.side_id = x.side_id;
