-- Hand-written: an editor's count wins over the vague-word convention (issue 12, item 6).
-- A claim whose low or high an editor corrected keeps that figure under every
-- convention: "dozens of" corrected to 16 counts 16, not literal-v1's 24 or ACLED's 12.
-- Claims stored before this migration were never corrected this way.
ALTER TABLE "claims" ADD COLUMN "count_corrected" BOOLEAN NOT NULL DEFAULT false;
