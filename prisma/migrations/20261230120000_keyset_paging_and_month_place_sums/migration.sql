-- Keyset paging (lib/sql/keyset.ts): every sort order of the comparison and the
-- uncertainty view reads an index in its own order, ending in the tie-breakers
-- (event_id, side_id, outcome) that make the key unique, so a page deep in the list
-- starts where its cursor points instead of counting OFFSET rows. The tie-breakers
-- follow the sort's direction, so one index read forwards or backwards fits both.
-- And the incident estimates summed per month, place and side (the month x place
-- comparison reads these, not every event), kept current on write.

-- DropIndex (replaced by the keyset index of the same sort)
DROP INDEX "event_estimates_convention_spread_idx";
DROP INDEX "event_estimates_convention_spread_desc_idx";
DROP INDEX "event_estimates_convention_outcome_disagreement_idx";

-- CreateIndex
CREATE INDEX "event_estimates_convention_spread_event_id_side_id_outcome_idx" ON "event_estimates"("convention", "spread", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_low_event_id_side_id_outcome_idx" ON "event_estimates"("convention", "low", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_best_event_id_side_id_outcome_idx" ON "event_estimates"("convention", "best", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_high_event_id_side_id_outcome_idx" ON "event_estimates"("convention", "high", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_claimant_count_event_id_side_id__idx" ON "event_estimates"("convention", "claimant_count", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_disagreement_event_id_side_id_ou_idx" ON "event_estimates"("convention", "disagreement", "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_convention_outcome_event_id_side_id_idx" ON "event_estimates"("convention", "outcome", "event_id", "side_id");
-- The uncertainty view: one outcome, largest disagreement (then spread) first.
CREATE INDEX "event_estimates_convention_outcome_disagreement_spread_eve_idx" ON "event_estimates"("convention", "outcome", "disagreement", "spread", "event_id", "side_id");
-- By date, NULLS LAST either way: an undated row's key is the end of the order it is
-- read in (lib/queries/comparison-order.ts), hence one index per direction.
CREATE INDEX "event_estimates_keyset_date_asc_idx" ON "event_estimates"("convention", COALESCE("period_start", 'infinity'::date), "event_id", "side_id", "outcome");
CREATE INDEX "event_estimates_keyset_date_desc_idx" ON "event_estimates"("convention", COALESCE("period_start", '-infinity'::date), "event_id", "side_id", "outcome");

-- CreateTable
-- One row per month, place (0: none) and side key ('': all sides together, from
-- event_totals), so the view reads its rows without grouping them again.
CREATE TABLE "month_place_estimates" (
    "convention" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "month" DATE NOT NULL,
    "place_id" INTEGER NOT NULL,
    "side" TEXT NOT NULL,
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "open_events" INTEGER NOT NULL,
    "events" INTEGER NOT NULL,

    CONSTRAINT "month_place_estimates_pkey" PRIMARY KEY ("convention","outcome","month","place_id","side")
);

CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "month_place_estimates" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

-- The sums of the estimates already stored (later writes keep them current).
INSERT INTO "month_place_estimates" ("convention", "outcome", "month", "place_id", "side", "low", "best", "high", "open_events", "events")
SELECT x."convention", x."outcome", date_trunc('month', x."period_start")::date, COALESCE(x."place_id", 0), s."key",
       sum(x."low"), sum(x."best"), sum(x."high"), count(*) FILTER (WHERE x."high_open"), count(*)
FROM "event_estimates" x JOIN "sides" s ON s."id" = x."side_id" WHERE x."scope" = 'incident' AND x."period_start" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT "convention", "outcome", date_trunc('month', "period_start")::date, COALESCE("place_id", 0), '',
       sum("low"), sum("best"), sum("high"), count(*) FILTER (WHERE "high_open"), count(*)
FROM "event_totals" WHERE "scope" = 'incident' AND "period_start" IS NOT NULL
GROUP BY 1, 2, 3, 4;

-- The claims and reports lists by date, undated last either way (lib/queries/view-orders.ts).
CREATE INDEX "claims_keyset_date_desc_idx" ON "claims"(COALESCE("period_start", '-infinity'::date), "id");
CREATE INDEX "claims_keyset_date_asc_idx" ON "claims"(COALESCE("period_start", 'infinity'::date), "id");
CREATE INDEX "reports_keyset_published_on_desc_idx" ON "reports"(COALESCE("published_on", '-infinity'::date), "id");
