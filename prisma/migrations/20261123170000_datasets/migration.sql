-- Curated event data sets (UCDP GED, ACLED) as sources: each imported row is an
-- event of its data set (never joined by news claims), with its published totals
-- kept as written, and one claim per side through a report that holds the row.

-- AlterTable
ALTER TABLE "events" ADD COLUMN "dataset_id" INTEGER;

-- AlterTable
ALTER TABLE "places" ADD COLUMN "radius_km" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "dataset_imports" (
    "id" SERIAL NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "layout" TEXT NOT NULL,
    "file_name" TEXT,
    "file_sha256" CHAR(64) NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "rows_imported" INTEGER NOT NULL,
    "rows_already_imported" INTEGER NOT NULL,
    "rows_outside_country" INTEGER NOT NULL,
    "rows_malformed" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "imported_by" INTEGER,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_events" (
    "event_id" INTEGER NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "import_id" INTEGER NOT NULL,
    "report_id" INTEGER NOT NULL,
    "source_event_id" TEXT NOT NULL,
    "date_start" DATE NOT NULL,
    "date_end" DATE NOT NULL,
    "date_precision" INTEGER,
    "place_id" INTEGER,
    "adm_1" TEXT,
    "adm_2" TEXT,
    "location" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "where_precision" INTEGER,
    "country" TEXT NOT NULL,
    "type_of_violence" TEXT,
    "side_a" TEXT,
    "side_b" TEXT,
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "deaths_a" INTEGER,
    "deaths_b" INTEGER,
    "deaths_civilians" INTEGER,
    "deaths_unknown" INTEGER,

    CONSTRAINT "dataset_events_pkey" PRIMARY KEY ("event_id"),
    -- Hand-written: counts as published may disagree with each other (low > best), never with zero.
    CONSTRAINT "dataset_events_counts_check" CHECK ("low" >= 0 AND "best" >= 0 AND "high" >= 0),
    CONSTRAINT "dataset_events_dates_check" CHECK ("date_end" >= "date_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "dataset_events_outlet_id_source_event_id_key" ON "dataset_events"("outlet_id", "source_event_id");

-- CreateIndex
CREATE INDEX "dataset_events_outlet_id_date_start_idx" ON "dataset_events"("outlet_id", "date_start");

-- CreateIndex
CREATE INDEX "dataset_events_place_id_idx" ON "dataset_events"("place_id");

-- CreateIndex
CREATE INDEX "dataset_events_report_id_idx" ON "dataset_events"("report_id");

-- CreateIndex
CREATE INDEX "events_dataset_id_idx" ON "events"("dataset_id");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_imports" ADD CONSTRAINT "dataset_imports_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_imports" ADD CONSTRAINT "dataset_imports_imported_by_fkey" FOREIGN KEY ("imported_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_events" ADD CONSTRAINT "dataset_events_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_events" ADD CONSTRAINT "dataset_events_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_events" ADD CONSTRAINT "dataset_events_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "dataset_imports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_events" ADD CONSTRAINT "dataset_events_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_events" ADD CONSTRAINT "dataset_events_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: news claims look for their event among news events only; a data
-- set's events hold its own rows. The range indexes say so in their predicates.
DROP INDEX "events_incident_period_range_idx";
DROP INDEX "events_cumulative_period_range_idx";
CREATE INDEX "events_incident_period_range_idx" ON "events" USING gist (daterange("period_start", "period_end", '[]')) WHERE "scope" = 'incident' AND "dataset_id" IS NULL;
CREATE INDEX "events_cumulative_period_range_idx" ON "events" USING gist (daterange("period_start", "period_end", '[]')) WHERE "scope" = 'cumulative' AND "dataset_id" IS NULL;

-- Hand-written: the news events that run over more than one day, which the charts
-- count as spanning bins (most events are one day; this index holds the rest).
CREATE INDEX "event_estimates_multi_day_idx" ON "event_estimates"("convention", "outcome", "period_start") WHERE "period_end" > "period_start";
