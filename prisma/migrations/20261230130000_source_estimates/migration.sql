-- Estimates of one source (one outlet, or one claimant's statements in the news), pre-aggregated
-- like event_estimates and daily_estimates and kept current in the same write transactions
-- (lib/mutations/refresh-event-estimates.ts), so a view filtered by one outlet or one claimant
-- reads sums instead of remaking every estimate from that source's claims. Filled for existing
-- data by the app's next start (the estimates are rebuilt when these rows are missing).

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('outlet', 'claimant');

-- CreateTable
CREATE TABLE "source_event_estimates" (
    "source_kind" "SourceKind" NOT NULL,
    "source_id" INTEGER NOT NULL,
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

    CONSTRAINT "source_event_estimates_pkey" PRIMARY KEY ("event_id","side_id","outcome","convention","source_kind","source_id")
);

-- CreateTable
CREATE TABLE "source_daily_estimates" (
    "source_kind" "SourceKind" NOT NULL,
    "source_id" INTEGER NOT NULL,
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

    CONSTRAINT "source_daily_estimates_pkey" PRIMARY KEY ("source_kind","source_id","convention","day","outcome","side_id")
);

-- CreateIndex
CREATE INDEX "source_event_estimates_source_kind_source_id_convention_per_idx" ON "source_event_estimates"("source_kind", "source_id", "convention", "period_start");

-- AddForeignKey
ALTER TABLE "source_event_estimates" ADD CONSTRAINT "source_event_estimates_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: every write to them bumps the data version (migration 20261220120000_data_version).
CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source_event_estimates" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source_daily_estimates" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
