-- Claims carry their report's outlet and date so the dashboard's filters and time
-- bins read one table; events know their scope (incident or cumulative).

-- AlterTable
ALTER TABLE "claims" ADD COLUMN "outlet_id" INTEGER,
ADD COLUMN "published_on" DATE;

UPDATE "claims" AS c SET "outlet_id" = r."outlet_id", "published_on" = r."published_on"
FROM "reports" AS r WHERE r."id" = c."report_id";

ALTER TABLE "claims" ALTER COLUMN "outlet_id" SET NOT NULL;

-- AlterTable
ALTER TABLE "events" ADD COLUMN "scope" "Scope" NOT NULL DEFAULT 'incident';

-- DropIndex
DROP INDEX "claims_event_id_idx";

-- DropIndex
DROP INDEX "events_period_start_period_end_idx";

-- CreateIndex
CREATE INDEX "claims_event_id_side_id_outcome_idx" ON "claims"("event_id", "side_id", "outcome");

-- CreateIndex
CREATE INDEX "claims_outlet_id_period_start_idx" ON "claims"("outlet_id", "period_start");

-- CreateIndex
CREATE INDEX "events_scope_period_start_period_end_idx" ON "events"("scope", "period_start", "period_end");

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
