// npm run db:backup and npm run db:restore round-trip the data.
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR } from "../fixtures/shared-corpus";
import { sql } from "../fixtures/sql";

const run = promisify(execFile);
let source: TestDatabase;
let target: TestDatabase;

const npmScript = (script: string, args: string[], databaseUrl: string) =>
  run(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });

const fingerprint = (url: string) =>
  sql<{ reports: number; claims: number; events: number; digest: string }>(
    url,
    `SELECT (SELECT count(*)::int FROM reports) AS reports, (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM events) AS events,
            (SELECT md5(string_agg(id || ':' || quote || ':' || low || ':' || coalesce(high::text, 'open'), ',' ORDER BY id)) FROM claims) AS digest`,
  );

beforeAll(async () => {
  source = await createTestDatabase();
  await ingestReportFiles(source.prisma, [SEEDS_DIR]);
  target = await createTestDatabase(); // migrated, empty
});
afterAll(async () => {
  await source.drop();
  await target.drop();
});

describe("npm run db:backup / db:restore", () => {
  it("restores into another database exactly what was backed up", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "cc-backup-")), "claims.dump");
    const backup = await npmScript("scripts/db-backup.ts", [file], source.url);
    expect(backup.stdout).toMatch(/^Backed up to .*claims\.dump \(\d+ KB\)\.$/m);
    const restore = await npmScript("scripts/db-restore.ts", [file], target.url);
    expect(restore.stdout).toMatch(/^Restored /m);
    const [before] = await fingerprint(source.url);
    const [after] = await fingerprint(target.url);
    expect(before.reports).toBe(5);
    expect(after).toEqual(before);
  });

  it("says which file is missing instead of failing obscurely", async () => {
    const res = await npmScript("scripts/db-restore.ts", ["/nonexistent/backup.dump"], target.url).catch((e) => e);
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toBe("There is no backup file /nonexistent/backup.dump.");
  });
});
