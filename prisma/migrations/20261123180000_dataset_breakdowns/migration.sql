-- What the data sets' own breakdowns need: UCDP's region and number of sources,
-- ACLED's event type and sub-event type (kept apart from UCDP's type of violence).

-- AlterTable
ALTER TABLE "dataset_events" ADD COLUMN "region" TEXT,
ADD COLUMN "number_of_sources" INTEGER,
ADD COLUMN "event_type" TEXT,
ADD COLUMN "sub_event_type" TEXT;
