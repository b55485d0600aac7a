// Reads from a streaming replica (issue 15, past one machine): two real clusters, the
// embedded server as primary and a hot standby cloned from it with pg_basebackup.
// The dashboard's reads go to the standby; an editor always sees their own last write
// (from the primary while the standby lags); a stopped standby sends reads back to
// the primary, and a standby that returns gets them again.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as getClaimsCsv } from "@/app/api/claims.csv/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listReports } from "@/app/api/reports/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { getPrisma } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/databases";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrate";
import { getReadPrisma, withReadRouting } from "@/lib/db/read-client";
import { BREAKER_MS } from "@/lib/db/replica-status";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";
import { cloneStandby, makeDirForPostgres, type Standby } from "../fixtures/standby";

const DATABASE = "cc_replica";
const saved = { url: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };
let root: string;
let primary: EmbeddedServer | null = null;
let standby: Standby | null = null;
let prisma: PrismaClient;
let editor: string;
let claimId: number;

type Claim = { low: number; version: number };
const readClaim = async (cookie?: string): Promise<Claim> => {
  const res = await call(getClaim, { params: { id: String(claimId) }, path: `/api/claims/${claimId}`, cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Claim;
};
const reportTitles = async (): Promise<string[]> => {
  const res = await call(listReports, { path: "/api/reports" });
  expect(res.status).toBe(200);
  return ((await res.json()) as { rows: { title: string }[] }).rows.map((r) => r.title);
};
/** Which server a routed read lands on, as the server itself says. */
const servingServer = (floor: bigint | null = null) =>
  withReadRouting(floor, async () => {
    const [row] = await getReadPrisma().$queryRaw<{ standby: boolean; port: number }[]>`SELECT pg_is_in_recovery() AS standby, inet_server_port() AS port`;
    return row;
  });
const dataVersion = async (on: "primary" | "standby") => {
  const rows = on === "primary" ? await prisma.$queryRaw<{ version: string }[]>`SELECT version::text FROM data_version` : await standby!.query<{ version: string }>(DATABASE, "SELECT version::text FROM data_version");
  return rows[0].version;
};
const caughtUp = async (intervalMs = 50) => {
  for (const until = Date.now() + 15_000; (await dataVersion("standby")) !== (await dataVersion("primary")); ) {
    if (Date.now() > until) throw new Error("The standby did not catch up with the primary within 15 s.");
    await new Promise((r) => setTimeout(r, intervalMs));
  }
};
const pauseReplay = async () => {
  await standby!.query(DATABASE, "SELECT pg_wal_replay_pause()");
  await expect.poll(async () => (await standby!.query<{ state: string }>(DATABASE, "SELECT pg_get_wal_replay_pause_state() AS state"))[0].state, { timeout: 10_000 }).toBe("paused");
};
const resumeReplay = () => standby!.query(DATABASE, "SELECT pg_wal_replay_resume()");

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "cc-replica-"));
  await makeDirForPostgres(root);
  primary = await startEmbeddedPostgres({ dataDir: path.join(root, "primary"), ephemeral: true });
  await ensureDatabase(primary.urlFor("postgres"), DATABASE);
  await applyMigrations(primary.urlFor(DATABASE));
  standby = await cloneStandby(primary, root);
  process.env.DATABASE_URL = primary.urlFor(DATABASE);
  process.env.DATABASE_REPLICA_URL = standby.urlFor(DATABASE);
  await forgetClients();
  prisma = getPrisma();

  await createOrUpdateUser(prisma, "editor@example.org", "correct horse battery", "editor");
  const body = JSON.stringify({ email: "editor@example.org", password: "correct horse battery" });
  editor = cookieFrom(await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body }), {} as never));
  await seedReport(prisma, { outlet: "SOHR", published: "2015-06-26", title: "Battle for al-Hasakah" }, [{ side: "regime", low: 30, quote: "30 members of the regime forces" }]);
  claimId = (await prisma.claim.findFirstOrThrow({ select: { id: true } })).id;
  await caughtUp();
}, 120_000);

/** The app's clients and pools are made on first use from the environment: start from none. */
async function forgetClients(): Promise<void> {
  const held = globalThis as { prisma?: PrismaClient; replicaPrisma?: { client: PrismaClient }; copyPool?: pg.Pool; replicaCopyPool?: { pool: pg.Pool } };
  await Promise.all([held.prisma?.$disconnect(), held.replicaPrisma?.client.$disconnect(), held.copyPool?.end(), held.replicaCopyPool?.pool.end()].map((p) => p?.catch(() => {})));
  delete held.prisma;
  delete held.replicaPrisma;
  delete held.copyPool;
  delete held.replicaCopyPool;
}

afterAll(async () => {
  await forgetClients();
  process.env.DATABASE_URL = saved.url;
  if (saved.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
  else process.env.DATABASE_REPLICA_URL = saved.replica;
  await standby?.stop().catch(() => {});
  await primary?.stop().catch(() => {});
  if (root) await fs.rm(root, { recursive: true, force: true });
}, 60_000);

describe("reads with a streaming replica (DATABASE_REPLICA_URL)", () => {
  it("serves a visitor's API reads, CSV exports included, from the replica", async () => {
    expect(await servingServer()).toEqual({ standby: true, port: standby!.port });
    // Not a target, a figure for the README: how long a commit takes to be readable on the
    // standby, with synchronous_commit on (PostgreSQL's default) and off (this throwaway primary's).
    const onStandby = new pg.Client({ connectionString: standby!.urlFor(DATABASE) });
    await onStandby.connect();
    try {
      for (const commit of ["on", "off"]) {
        const lags: number[] = [];
        for (let i = 0; i < 5; i++) {
          const [{ version }] = await prisma.$transaction([prisma.$queryRaw`SELECT set_config('synchronous_commit', ${commit}, true)`, prisma.$queryRaw<{ version: string }[]>`UPDATE data_version SET version = version + 1 RETURNING version::text`]).then(([, rows]) => rows);
          const committed = performance.now();
          while ((await onStandby.query<{ version: string }>("SELECT version::text FROM data_version")).rows[0].version !== version) await new Promise((r) => setTimeout(r, 1));
          lags.push(performance.now() - committed);
        }
        console.log(`replica test: synchronous_commit=${commit}, committed -> readable on the standby: ${lags.map((ms) => ms.toFixed(0)).join(", ")} ms`);
      }
    } finally {
      await onStandby.end();
    }
    expect(await reportTitles()).toEqual(["Battle for al-Hasakah"]);

    // A report the primary has and the paused replica not yet: a visitor does not see it.
    await pauseReplay();
    try {
      await seedReport(prisma, { outlet: "SOHR", published: "2015-06-27", title: "Second day in al-Hasakah" }, [{ side: "is", low: 12, quote: "12 IS members" }]);
      expect(await reportTitles()).toEqual(["Battle for al-Hasakah"]);
      const csv = await (await call(getClaimsCsv, { path: "/api/claims.csv" })).text();
      expect(csv).toContain("30 members of the regime forces");
      expect(csv).not.toContain("12 IS members");
    } finally {
      await resumeReplay();
    }
    const written = Date.now();
    await expect.poll(reportTitles, { timeout: 15_000, interval: 20 }).toContain("Second day in al-Hasakah");
    console.log(`replica test: a visitor saw the write ${Date.now() - written} ms after replay resumed`);
  });

  it("shows an editor their own correction at once (from the primary) while the replica lags, and visitors once it catches up", async () => {
    await caughtUp();
    const before = await readClaim();
    await pauseReplay();
    try {
      const patched = await call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, cookie: editor, body: { version: before.version, low: before.low - 1 } });
      expect(patched.status, await patched.clone().text()).toBe(200);
      // The editor's every read shows the write; a visitor's still comes from the paused replica.
      for (let i = 0; i < 3; i++) expect((await readClaim(editor)).low).toBe(before.low - 1);
      expect((await readClaim()).low).toBe(before.low);
      const floor = (await prisma.session.findFirstOrThrow({ where: { lastWriteLsn: { not: null } }, select: { lastWriteLsn: true } })).lastWriteLsn;
      expect((await servingServer(floor)).standby).toBe(false);
    } finally {
      await resumeReplay();
    }
    await expect.poll(async () => (await readClaim()).low, { timeout: 15_000, interval: 20 }).toBe(before.low - 1);
    // Replayed past the editor's write: their reads go to the replica again.
    const floor = (await prisma.session.findFirstOrThrow({ where: { lastWriteLsn: { not: null } }, select: { lastWriteLsn: true } })).lastWriteLsn;
    await expect.poll(async () => (await servingServer(floor)).standby, { timeout: 5_000 }).toBe(true);
  });

  it("answers from the primary while the replica is stopped, and reads go back to the replica when it returns", async () => {
    await standby!.stop();
    try {
      for (let i = 0; i < 3; i++) {
        expect(await reportTitles()).toContain("Second day in al-Hasakah");
        expect((await servingServer()).standby).toBe(false);
      }
      expect(await (await call(getClaimsCsv, { path: "/api/claims.csv" })).text()).toContain("12 IS members");
      const stoppedFor = Date.now();
      await seedReport(prisma, { outlet: "SOHR", published: "2015-06-28", title: "Third day in al-Hasakah" }, [{ side: "is", low: 7, quote: "7 IS members" }]);
      expect(await reportTitles()).toContain("Third day in al-Hasakah");
      expect(Date.now() - stoppedFor).toBeLessThan(BREAKER_MS * 10); // sanity: no read waited on the stopped replica for long
    } finally {
      await standby!.start();
    }
    await expect.poll(async () => (await servingServer()).standby, { timeout: BREAKER_MS + 15_000, interval: 200 }).toBe(true);
    await caughtUp();
    expect(await reportTitles()).toContain("Third day in al-Hasakah");
  });
});
