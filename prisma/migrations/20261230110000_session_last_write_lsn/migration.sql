-- Hand-written: read-your-writes with a streaming replica (issue 15, past one machine).
-- After a write, each live session of the writer records the primary's WAL insert
-- position (pg_current_wal_insert_lsn() as a byte offset); that caller's reads go to the
-- replica only once it has replayed that far (lib/db/read-client.ts). NULL: no write yet.
-- On sessions, which carry no data_version trigger: recording it invalidates no cache.
ALTER TABLE "sessions" ADD COLUMN "last_write_lsn" BIGINT;
