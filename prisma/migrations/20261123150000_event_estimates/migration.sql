-- Pre-aggregated estimates per event, side, outcome and vague-word convention,
-- kept current on write. Filled for existing data by the app's next start
-- (lib/mutations/refresh-event-estimates.ts: the conventions' numbers live in code).

-- CreateTable
CREATE TABLE "event_estimates" (
    "event_id" INTEGER NOT NULL,
    "side_id" INTEGER NOT NULL,
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
    "claimant_count" INTEGER NOT NULL,
    "claim_count" INTEGER NOT NULL,
    "disputed" BOOLEAN NOT NULL,
    "spread" INTEGER NOT NULL,
    "disagreement" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "event_estimates_pkey" PRIMARY KEY ("event_id","side_id","outcome","convention")
);

-- CreateIndex
CREATE INDEX "event_estimates_convention_outcome_scope_period_start_side__idx" ON "event_estimates"("convention", "outcome", "scope", "period_start", "side_id");

-- CreateIndex
CREATE INDEX "event_estimates_convention_spread_idx" ON "event_estimates"("convention", "spread");

-- CreateIndex
CREATE INDEX "event_estimates_convention_outcome_disagreement_idx" ON "event_estimates"("convention", "outcome", "disagreement");

-- AddForeignKey
ALTER TABLE "event_estimates" ADD CONSTRAINT "event_estimates_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
