// A CSV export never passes for complete when it is not: with the database down
// every export answers 503 in JSON before a byte of CSV, and a stream that fails
// after its first rows errors for the client instead of ending cleanly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimsCsv } from "@/app/api/claims.csv/route";
import { GET as comparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as breakdownCsv } from "@/app/api/datasets/breakdown.csv/route";
import { GET as reportsCsv } from "@/app/api/reports.csv/route";
import { GET as timeseriesCsv } from "@/app/api/timeseries.csv/route";
import { GET as uncertaintyCsv } from "@/app/api/uncertainty.csv/route";
import { getFreePort } from "@/lib/db/free-port";
import { createTestDatabase, testAdminUrl, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { call, type Handler } from "../fixtures/http";
import { sql } from "../fixtures/sql";

const CLAIMS = 60_000; // about 20 MB of CSV: far more than the socket and stream buffers hold
const REPORTS = 5_000; // five pages of reports.csv

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 12, quote: "12 regime soldiers were killed near Hasakah, the monitor said" }]);
  const columns = (await sql<{ column_name: string }>(db.url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims' AND column_name <> 'id'"))
    .map((c) => `"${c.column_name}"`)
    .join(", ");
  await sql(db.url, `INSERT INTO claims (${columns}) SELECT ${columns} FROM claims, generate_series(2, ${CLAIMS})`);
  await sql(
    db.url,
    `INSERT INTO reports (outlet_id, title, text, text_hash, published_on, published_precision)
     SELECT outlet_id, title || ' ' || g, text || ' ' || g, encode(sha256(convert_to(text || ' ' || g, 'UTF8')), 'hex'), published_on, published_precision
     FROM reports, generate_series(2, ${REPORTS}) g`,
  );
}, 120_000);
afterAll(async () => {
  await resetConnections();
  await db.drop();
});

/** Drops the app's Prisma client and COPY pool, so the next request connects to DATABASE_URL afresh. */
async function resetConnections(): Promise<void> {
  const globals = globalThis as { prisma?: { $disconnect(): Promise<void> }; copyPool?: { end(): Promise<void> } };
  await globals.copyPool?.end().catch(() => {});
  delete globals.copyPool;
  await globals.prisma?.$disconnect().catch(() => {});
  delete globals.prisma;
}

/** Reads the body to its end; resolves with its text, or rejects as a client whose download failed would. */
async function readToEnd(res: Response): Promise<string> {
  return new Response(res.body).text();
}

describe("CSV exports while the database cannot be reached", () => {
  const routes: [string, Handler][] = [
    ["/api/timeseries.csv", timeseriesCsv],
    ["/api/comparison.csv", comparisonCsv],
    ["/api/comparison.csv?by=month-place", comparisonCsv],
    ["/api/uncertainty.csv", uncertaintyCsv],
    ["/api/claims.csv", claimsCsv],
    ["/api/reports.csv", reportsCsv],
    ["/api/datasets/breakdown.csv?name=UCDP", breakdownCsv],
  ];

  it.each(routes)("GET %s answers 503 with a JSON error and not a byte of CSV", async (path, handler) => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${await getFreePort()}/nothing`; // nothing listens there
    await resetConnections();
    try {
      const res = await call(handler, { path });
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("content-disposition")).toBeNull();
      expect(await res.json()).toEqual({ error: { code: "db_unavailable", message: "The database is unavailable right now. Try again in a moment." } });
    } finally {
      process.env.DATABASE_URL = saved;
      await resetConnections();
    }
  });
});

describe("GET /api/claims.csv", () => {
  it("streams every claim to a clean end when nothing fails", async () => {
    const res = await call(claimsCsv, { path: "/api/claims.csv" });
    expect(res.status).toBe(200);
    const text = await readToEnd(res);
    expect(text.startsWith("id,reportId,reportTitle,")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(CLAIMS + 1);
  });

  it("errors for the client, never ends cleanly, when the database backend is terminated after the first rows", async () => {
    const res = await call(claimsCsv, { path: "/api/claims.csv" });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const first = await reader.read(); // the response began: rows are on their way
    expect(new TextDecoder().decode(first.value).split("\r\n").length).toBeGreaterThan(2);

    const [copy] = await sql<{ pid: number }>(testAdminUrl(), `SELECT pid FROM pg_stat_activity WHERE datname = '${db.name}' AND backend_type = 'client backend' AND query LIKE 'COPY%'`);
    expect(copy, "the COPY is still running on the server").toBeDefined();
    await sql(testAdminUrl(), `SELECT pg_terminate_backend(${copy.pid})`);

    let received = first.value!.length;
    const failure = await (async () => {
      for (;;) {
        const next = await reader.read();
        if (next.done) return null;
        received += next.value.length;
      }
    })().catch((err: unknown) => err);
    expect(failure, `the stream ended cleanly after ${received} bytes`).toBeInstanceOf(Error);
  });
});

describe("GET /api/reports.csv", () => {
  it("errors for the client, never ends cleanly, when the database goes away between two pages", async () => {
    const res = await call(reportsCsv, { path: "/api/reports.csv" });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();

    // From here the database refuses every connection, and the open ones are cut.
    await sql(testAdminUrl(), `ALTER DATABASE ${db.name} ALLOW_CONNECTIONS false`);
    try {
      await sql(testAdminUrl(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${db.name}'`);
      const failure = await (async () => {
        for (;;) if ((await reader.read()).done) return null;
      })().catch((err: unknown) => err);
      expect(failure, "the stream ended cleanly").toBeInstanceOf(Error);
    } finally {
      await sql(testAdminUrl(), `ALTER DATABASE ${db.name} ALLOW_CONNECTIONS true`);
      await resetConnections();
    }
  });
});

describe("copyCsvResponse", () => {
  it("fails before the response starts when the query fails after some rows but before its first block", async () => {
    const { copyCsvResponse } = await import("@/lib/csv/copy-csv-response");
    await expect(copyCsvResponse("x.csv", "SELECT g, 10 / (g - 3) AS q FROM generate_series(1, 5) g")).rejects.toThrow(/division by zero/);
  });
});
