-- All sides of each news event together, per outcome and convention (the sides'
-- sums, or the event's "mixed" total when larger): what the news claims are set
-- against a data set with, pre-aggregated like event_estimates and kept current with it.

-- CreateTable
CREATE TABLE "event_totals" (
    "event_id" INTEGER NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "convention" TEXT NOT NULL,
    "scope" "Scope" NOT NULL,
    "period_start" DATE,
    "period_end" DATE,
    "place_id" INTEGER,
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "high_open" BOOLEAN NOT NULL,

    CONSTRAINT "event_totals_pkey" PRIMARY KEY ("event_id","outcome","convention")
);

-- CreateIndex
CREATE INDEX "event_totals_convention_outcome_scope_period_start_idx" ON "event_totals"("convention", "outcome", "scope", "period_start");

-- AddForeignKey
ALTER TABLE "event_totals" ADD CONSTRAINT "event_totals_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Filled for existing data by the app's next start (the estimates are rebuilt when totals are missing).
TRUNCATE "event_estimates";
