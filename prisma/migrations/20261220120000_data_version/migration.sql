-- Hand-written: the data version (issue 15, cached reads). One row whose counter every
-- write to the data the API reads bumps, in the write's own transaction, so a read that
-- sees the new version sees the new data too. The API's ETags and its in-process cache
-- are keyed by it: a write is visible in the very next read.
-- The bump is a statement trigger on every table the reads depend on, not a call in each
-- write path, so no write can forget it (ingest, edits, merges, splits, data-set imports
-- and removals, bulk COPY loads, and whatever is written later). It runs once per
-- transaction (a transaction-local setting remembers it), so an ingest of many statements
-- costs one extra INSERT and, at commit, one UPDATE. Not bumped: sessions and login attempts, which no read shows.
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_single_row" CHECK ("id" = 1)
);

INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

-- The bump itself happens at COMMIT (a deferred constraint trigger), so the one row is
-- locked only for the instant of the commit: a long data-set import does not hold it
-- while an ingest waits (they take different advisory locks and may run side by side).
-- The statement trigger below only records, once per transaction, that a bump is due.
CREATE TABLE "data_version_pending" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "data_version_pending_pkey" PRIMARY KEY ("id")
);

CREATE FUNCTION "apply_data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  DELETE FROM "data_version_pending" WHERE "id" = NEW."id";
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "data_version_apply" AFTER INSERT ON "data_version_pending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "apply_data_version_bump"();

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('casualties.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
    INSERT INTO "data_version_pending" DEFAULT VALUES;
    PERFORM set_config('casualties.data_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['outlets', 'claimants', 'sides', 'places', 'reports', 'events', 'event_estimates', 'event_totals',
                           'daily_estimates', 'claims', 'dataset_imports', 'dataset_events', 'users', 'audit_entries'] LOOP
    EXECUTE format('CREATE TRIGGER "data_version_bump" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()', t);
  END LOOP;
END
$$;
