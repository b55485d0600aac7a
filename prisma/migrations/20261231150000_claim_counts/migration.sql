-- How many claims each outlet, claimant, side and place has, kept by statement triggers on
-- claims (counted once per statement from its transition tables), for the filter bar of
-- every page. Counting them from the claims took seconds at 10M claims (four GROUP BYs
-- over the whole table), and whichever reader came when the counts were due waited for
-- it: the overview page's p95 was 9.4 s there. lib/queries/get-filter-options.ts reads it.
CREATE TABLE "claim_counts" (
    "kind" TEXT NOT NULL,
    "value_id" INTEGER NOT NULL,
    "claims" BIGINT NOT NULL,

    CONSTRAINT "claim_counts_pkey" PRIMARY KEY ("kind","value_id")
);

-- One row per claim and kind it is counted under (a claim with no place is not a place's).
CREATE FUNCTION "claim_count_keys"(outlet_id INTEGER, claimant_id INTEGER, side_id INTEGER, place_id INTEGER)
RETURNS TABLE (kind TEXT, value_id INTEGER) LANGUAGE sql IMMUTABLE AS $$
  SELECT * FROM (VALUES ('outlet', outlet_id), ('claimant', claimant_id), ('side', side_id), ('place', place_id)) AS k(kind, value_id)
  WHERE value_id IS NOT NULL
$$;

CREATE FUNCTION "count_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A transition table exists only for the operations that have it: each branch reads its own.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO claim_counts AS n (kind, value_id, claims)
    SELECT k.kind, k.value_id, count(*)
    FROM new_rows d, LATERAL claim_count_keys(d.outlet_id, d.claimant_id, d.side_id, d.place_id) k
    GROUP BY k.kind, k.value_id
    ON CONFLICT (kind, value_id) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO claim_counts AS n (kind, value_id, claims)
    SELECT k.kind, k.value_id, -count(*)
    FROM old_rows d, LATERAL claim_count_keys(d.outlet_id, d.claimant_id, d.side_id, d.place_id) k
    GROUP BY k.kind, k.value_id
    ON CONFLICT (kind, value_id) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  ELSE
    -- An update adds its new rows and takes its old ones away in one pass, writing only the
    -- counts that moved (a review or a regrouping moves none).
    INSERT INTO claim_counts AS n (kind, value_id, claims)
    SELECT k.kind, k.value_id, sum(d.sign)
    FROM (
      SELECT -1 AS sign, outlet_id, claimant_id, side_id, place_id FROM old_rows
      UNION ALL
      SELECT 1, outlet_id, claimant_id, side_id, place_id FROM new_rows
    ) d, LATERAL claim_count_keys(d.outlet_id, d.claimant_id, d.side_id, d.place_id) k
    GROUP BY k.kind, k.value_id
    HAVING sum(d.sign) <> 0
    ON CONFLICT (kind, value_id) DO UPDATE SET claims = n.claims + EXCLUDED.claims;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "clear_claim_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM claim_counts;
  RETURN NULL;
END $$;

CREATE TRIGGER "claims_count_inserted" AFTER INSERT ON "claims" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_claims();
CREATE TRIGGER "claims_count_deleted" AFTER DELETE ON "claims" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_claims();
CREATE TRIGGER "claims_count_updated" AFTER UPDATE ON "claims" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_claims();
CREATE TRIGGER "claims_count_truncated" AFTER TRUNCATE ON "claims" FOR EACH STATEMENT EXECUTE FUNCTION clear_claim_counts();

-- Views read it: every write to it moves the data version, like every table a read shows.
CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_counts" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

INSERT INTO claim_counts (kind, value_id, claims)
SELECT k.kind, k.value_id, count(*)
FROM claims c, LATERAL claim_count_keys(c.outlet_id, c.claimant_id, c.side_id, c.place_id) k
GROUP BY k.kind, k.value_id;
