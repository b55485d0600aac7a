-- The claims with no known date, counted per outcome, side, outlet, claimant, review status
-- and scope (every column a time series' filters name but place and confidence), kept by
-- statement triggers on claims like claim_counts. The chart says how many claims it could
-- not place in time; counting them read every undated claim's index entry on each
-- computed chart (about 3.5% of the claims: at 10M, most of the 92 ms of the chart's SQL).
-- lib/sql/undated-claims.ts reads it, or counts the claims when a place or the
-- review queue is asked for.
CREATE TABLE "undated_claim_counts" (
    "outcome" "Outcome" NOT NULL,
    "side_id" INTEGER NOT NULL,
    "outlet_id" INTEGER NOT NULL,
    "claimant_id" INTEGER NOT NULL,
    "review_status" "ReviewStatus" NOT NULL,
    "scope" "Scope" NOT NULL,
    "claims" BIGINT NOT NULL,

    CONSTRAINT "undated_claim_counts_pkey" PRIMARY KEY ("outcome","side_id","outlet_id","claimant_id","review_status","scope")
);

CREATE FUNCTION "count_undated_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A transition table exists only for the operations that have it: each branch reads its own.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO undated_claim_counts AS n (outcome, side_id, outlet_id, claimant_id, review_status, scope, claims)
    SELECT outcome, side_id, outlet_id, claimant_id, review_status, scope, count(*) FROM new_rows WHERE period_start IS NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (outcome, side_id, outlet_id, claimant_id, review_status, scope) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO undated_claim_counts AS n (outcome, side_id, outlet_id, claimant_id, review_status, scope, claims)
    SELECT outcome, side_id, outlet_id, claimant_id, review_status, scope, -count(*) FROM old_rows WHERE period_start IS NULL GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (outcome, side_id, outlet_id, claimant_id, review_status, scope) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  ELSE
    -- Only the counts that moved are written (most updates touch dated claims, or move nothing counted here).
    INSERT INTO undated_claim_counts AS n (outcome, side_id, outlet_id, claimant_id, review_status, scope, claims)
    SELECT outcome, side_id, outlet_id, claimant_id, review_status, scope, sum(sign) FROM (
      SELECT -1 AS sign, outcome, side_id, outlet_id, claimant_id, review_status, scope FROM old_rows WHERE period_start IS NULL
      UNION ALL
      SELECT 1, outcome, side_id, outlet_id, claimant_id, review_status, scope FROM new_rows WHERE period_start IS NULL
    ) d GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0
    ON CONFLICT (outcome, side_id, outlet_id, claimant_id, review_status, scope) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "clear_undated_claim_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM undated_claim_counts;
  RETURN NULL;
END $$;

CREATE TRIGGER "claims_count_undated_inserted" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_undated_claims();
CREATE TRIGGER "claims_count_undated_deleted" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_undated_claims();
CREATE TRIGGER "claims_count_undated_updated" AFTER UPDATE ON "claims" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_undated_claims();
CREATE TRIGGER "claims_count_undated_truncated" AFTER TRUNCATE ON "claims" FOR EACH STATEMENT EXECUTE FUNCTION clear_undated_claim_counts();

-- Views read it: every write to it moves the data version, like every table a read shows.
CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "undated_claim_counts" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

INSERT INTO undated_claim_counts (outcome, side_id, outlet_id, claimant_id, review_status, scope, claims)
SELECT outcome, side_id, outlet_id, claimant_id, review_status, scope, count(*) FROM claims WHERE period_start IS NULL GROUP BY 1, 2, 3, 4, 5, 6;
