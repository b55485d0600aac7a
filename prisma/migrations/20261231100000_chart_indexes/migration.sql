-- Hand-written: a chart from a `from` date reads the daily sums of the days in range, plus
-- the incidents that began before `from` and run into it. Those are found among the
-- incidents that began at most the longest incident's length before `from`
-- (lib/sql/daily-sums-cte.ts), and these indexes give that length in one probe: the
-- longest multi-day incident of each table. Partial and on an expression, so
-- schema.prisma does not declare them.
CREATE INDEX "event_estimates_incident_length_idx" ON "event_estimates" (("period_end" - "period_start")) WHERE "scope" = 'incident' AND "period_end" > "period_start";
CREATE INDEX "source_event_estimates_incident_length_idx" ON "source_event_estimates" (("period_end" - "period_start")) WHERE "scope" = 'incident' AND "period_end" > "period_start";

-- Every chart says how many claims have no date (lib/queries/get-deaths-by-period.ts):
-- counted from this index alone (an index-only scan) instead of a heap page per undated
-- claim (24,000 pages, 105 ms cold, at 1M claims).
CREATE INDEX "claims_undated_idx" ON "claims" ("outcome", "side_id", "outlet_id", "claimant_id") INCLUDE ("review_status", "scope") WHERE "period_start" IS NULL;

-- A chart of one outlet or one claimant sums that source's daily rows. Written in the order
-- events were, they lie on as many pages as rows (one claimant at 1M claims: 10,246 rows on
-- 7,695 pages, 21 ms); this index holds every column the chart reads, so it is read alone.
CREATE INDEX "source_daily_estimates_chart_idx" ON "source_daily_estimates" ("source_kind", "source_id", "convention", "outcome", "day", "side_id") INCLUDE ("low", "best", "high", "high_open", "events", "claims");
