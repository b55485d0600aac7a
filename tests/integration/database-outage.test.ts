// The database stops while the app runs: the health check answers 503, the API
// and the pages say the database is unavailable, an ingest fails without leaving
// anything half-written, and when the database returns the same running app
// serves again, without a restart.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as listClaims } from "@/app/api/claims/route";
import OverviewPage from "@/app/page";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { ensureDatabase } from "@/lib/db/databases";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded-postgres";
import { getPrisma } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { SEEDS_DIR } from "../fixtures/shared-corpus";

let dir: string;
let server: EmbeddedServer;
let port: number;
let dataDir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "cc-outage-"));
  await chmod(dir, 0o755);
  dataDir = path.join(dir, "pg");
  server = await startEmbeddedPostgres({ dataDir });
  port = server.port;
  await ensureDatabase(server.urlFor("postgres"), "claims");
  await applyMigrations(server.urlFor("claims"));
  process.env.DATABASE_URL = server.urlFor("claims");
  delete (globalThis as { prisma?: unknown }).prisma;
  await ingestReportFiles(getPrisma(), [path.join(SEEDS_DIR, "01_sohr-is-storm-hasakah.txt")]);
});

afterAll(async () => {
  await getPrisma().$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("when the database stops and comes back", () => {
  it("answers 503 meanwhile, loses nothing, and serves again without a restart", async () => {
    expect((await health()).status).toBe(200);
    const claimsBefore = await getPrisma().claim.count();

    await server.stop();

    const down = await health();
    expect(down.status).toBe(503);
    expect((await down.json()).error.code).toBe("db_unavailable");

    const api = await listClaims(new Request("http://localhost/api/claims"), {} as never);
    expect(api.status).toBe(503);
    expect((await api.json()).error.message).toBe("The database is unavailable right now. Try again in a moment.");

    const page = await OverviewPage({ searchParams: Promise.resolve({}) } as never);
    expect((page as { type: unknown }).type).toBe(DatabaseUnavailable);

    await expect(ingestReportFiles(getPrisma(), [SEEDS_DIR])).rejects.toThrow();

    server = await startEmbeddedPostgres({ dataDir, port });
    await expect.poll(async () => (await health()).status, { timeout: 15_000, interval: 250 }).toBe(200);
    expect(await getPrisma().claim.count()).toBe(claimsBefore);
    expect(await getPrisma().report.count()).toBe(1); // the ingest tried during the outage left nothing behind
  });
});
