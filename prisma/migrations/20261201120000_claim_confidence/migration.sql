-- Hand-written: every extracted claim carries the extractor's confidence (0..1) and
-- the reason when it is low (issue 16). Claims added by hand and claims stored
-- before this migration count as fully trusted (1). The review queue lists pending
-- claims below the review threshold (0.7) lowest first; a partial index fits it.
ALTER TABLE "claims" ADD COLUMN "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1;
ALTER TABLE "claims" ADD COLUMN "confidence_reason" TEXT;
ALTER TABLE "claims" ADD CONSTRAINT "claims_confidence_range" CHECK ("confidence" >= 0 AND "confidence" <= 1);
CREATE INDEX "claims_review_queue_idx" ON "claims"("confidence", "id") WHERE "review_status" = 'pending' AND "confidence" < 0.7;
