-- Incident estimates summed per day and side (the time series and totals read
-- these), and indexes that find overlapping events and sort the comparison fast.

-- CreateTable
CREATE TABLE "daily_estimates" (
    "convention" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "day" DATE NOT NULL,
    "side_id" INTEGER NOT NULL,
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "high_open" BOOLEAN NOT NULL,
    "events" INTEGER NOT NULL,
    "claims" INTEGER NOT NULL,

    CONSTRAINT "daily_estimates_pkey" PRIMARY KEY ("convention","outcome","day","side_id")
);

-- CreateIndex
CREATE INDEX "daily_estimates_day_idx" ON "daily_estimates"("day");

-- CreateIndex
CREATE INDEX "event_estimates_period_start_idx" ON "event_estimates"("period_start");

-- Hand-written: events whose period overlaps a claim's, found through a GiST index
-- on the period as a range (a b-tree on start and end scans half the table).
CREATE INDEX "events_incident_period_range_idx" ON "events" USING gist (daterange("period_start", "period_end", '[]')) WHERE "scope" = 'incident';
CREATE INDEX "events_cumulative_period_range_idx" ON "events" USING gist (daterange("period_start", "period_end", '[]')) WHERE "scope" = 'cumulative';

-- Hand-written: the comparison sorted by spread, largest first, read from an index.
CREATE INDEX "event_estimates_convention_spread_desc_idx" ON "event_estimates"("convention", "spread" DESC, "event_id", "side_id", "outcome");

-- Filled for existing data by the app's next start (the estimates are rebuilt when daily sums are missing).
TRUNCATE "event_estimates";
