-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('monitor', 'news_agency', 'state_media', 'party_media', 'ngo', 'dataset', 'other');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year', 'unknown');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('killed', 'wounded', 'captured');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'at_least', 'at_most', 'about', 'range', 'vague');

-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('incident', 'cumulative');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('pending', 'accepted', 'rejected', 'corrected');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('editor', 'admin');

-- CreateTable
CREATE TABLE "outlets" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OutletKind" NOT NULL DEFAULT 'other',
    "url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claimants" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claimants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sides" (
    "id" SERIAL NOT NULL,
    "profile_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "aliases" TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "sides_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "places" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT,
    "aliases" TEXT[],
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "places_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" SERIAL NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "published_on" DATE,
    "published_precision" "DatePrecision" NOT NULL DEFAULT 'unknown',
    "text" TEXT NOT NULL,
    "text_hash" CHAR(64) NOT NULL,
    "source_file" TEXT,
    "claim_count" INTEGER NOT NULL DEFAULT 0,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "label" TEXT,
    "period_start" DATE,
    "period_end" DATE,
    "place_id" INTEGER,
    "is_manual" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "claimant_id" INTEGER NOT NULL,
    "side_id" INTEGER NOT NULL,
    "side_text" TEXT,
    "outcome" "Outcome" NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "low" INTEGER NOT NULL,
    "high" INTEGER,
    "point" INTEGER NOT NULL,
    "number_text" TEXT NOT NULL,
    "vague_term" TEXT,
    "convention" TEXT,
    "quote" TEXT NOT NULL,
    "span_start" INTEGER NOT NULL,
    "span_end" INTEGER NOT NULL,
    "place_id" INTEGER,
    "place_text" TEXT,
    "period_text" TEXT,
    "period_start" DATE,
    "period_end" DATE,
    "period_precision" "DatePrecision",
    "scope" "Scope" NOT NULL DEFAULT 'incident',
    "review_status" "ReviewStatus" NOT NULL DEFAULT 'pending',
    "extractor_name" TEXT,
    "extractor_version" TEXT,
    "event_id" INTEGER,
    "event_pinned" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "password_hash" TEXT NOT NULL,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "user_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outlets_name_key" ON "outlets"("name");

-- CreateIndex
CREATE UNIQUE INDEX "claimants_name_key" ON "claimants"("name");

-- CreateIndex
CREATE UNIQUE INDEX "sides_profile_id_key_key" ON "sides"("profile_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "places_name_key" ON "places"("name");

-- CreateIndex
CREATE UNIQUE INDEX "reports_text_hash_key" ON "reports"("text_hash");

-- CreateIndex
CREATE INDEX "reports_outlet_id_published_on_idx" ON "reports"("outlet_id", "published_on");

-- CreateIndex
CREATE INDEX "reports_published_on_id_idx" ON "reports"("published_on", "id");

-- CreateIndex
CREATE INDEX "events_period_start_period_end_idx" ON "events"("period_start", "period_end");

-- CreateIndex
CREATE INDEX "claims_report_id_span_start_idx" ON "claims"("report_id", "span_start");

-- CreateIndex
CREATE INDEX "claims_period_start_side_id_outcome_idx" ON "claims"("period_start", "side_id", "outcome");

-- CreateIndex
CREATE INDEX "claims_side_id_outcome_period_start_idx" ON "claims"("side_id", "outcome", "period_start");

-- CreateIndex
CREATE INDEX "claims_claimant_id_period_start_idx" ON "claims"("claimant_id", "period_start");

-- CreateIndex
CREATE INDEX "claims_place_id_idx" ON "claims"("place_id");

-- CreateIndex
CREATE INDEX "claims_event_id_idx" ON "claims"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "audit_entries_entity_type_entity_id_created_at_idx" ON "audit_entries"("entity_type", "entity_id", "created_at");

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "claimants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_side_id_fkey" FOREIGN KEY ("side_id") REFERENCES "sides"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: invariants Prisma's schema language cannot express.
-- A count is an interval: never negative, and an upper bound (when known) is not below the lower.
ALTER TABLE "claims" ADD CONSTRAINT "claims_low_check" CHECK ("low" >= 0);
ALTER TABLE "claims" ADD CONSTRAINT "claims_high_check" CHECK ("high" IS NULL OR "high" >= "low");
ALTER TABLE "claims" ADD CONSTRAINT "claims_point_check" CHECK ("point" >= 0);
ALTER TABLE "claims" ADD CONSTRAINT "claims_span_check" CHECK ("span_start" >= 0 AND "span_end" > "span_start");
ALTER TABLE "claims" ADD CONSTRAINT "claims_period_check" CHECK ("period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start");
ALTER TABLE "claims" ADD CONSTRAINT "claims_version_check" CHECK ("version" >= 1);
ALTER TABLE "events" ADD CONSTRAINT "events_period_check" CHECK ("period_end" IS NULL OR "period_start" IS NULL OR "period_end" >= "period_start");
ALTER TABLE "reports" ADD CONSTRAINT "reports_text_hash_check" CHECK ("text_hash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "reports" ADD CONSTRAINT "reports_claim_count_check" CHECK ("claim_count" >= 0);
