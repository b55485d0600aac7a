// Cached reads with exact invalidation (issue 15): every GET of the API carries an ETag
// from the data version, answers 304 to a matching If-None-Match, and serves identical
// reads from the in-process cache; every kind of write bumps the version in its own
// transaction, so the very next read shows it. Through the route handlers, on a real database.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as getClaimsCsv } from "@/app/api/claims.csv/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listClaims } from "@/app/api/claims/route";
import { GET as listDatasets, POST as importDataset } from "@/app/api/datasets/route";
import { GET as getEvent } from "@/app/api/events/[id]/route";
import { GET as listReports, POST as createReport } from "@/app/api/reports/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { getReadCache } from "@/lib/http/read-cache";
import { getDataVersion, getDataVersionShared } from "@/lib/queries/get-data-version";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom, type Handler } from "../fixtures/http";

let db: TestDatabase;
let editor: string;
let claimId: number;
let eventId: number;

const read = (handler: Handler, path: string, headers: { cookie?: string; etag?: string } = {}) => {
  const request = new Request(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...(headers.cookie ? { cookie: headers.cookie } : {}), ...(headers.etag ? { "if-none-match": headers.etag } : {}) } });
  const id = path.match(/^\/api\/(?:claims|events)\/(\d+)/)?.[1];
  return handler(request, { params: Promise.resolve(id ? { id } : {}) } as never);
};

const GED = `id,year,month,day,country,type_of_violence,conflict_name,side_a,side_b,latitude,longitude,low_death,best_death,high_death
9001,2015,6,24,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.50,40.75,40,52,60
`;

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  editor = cookieFrom(await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "editor@example.org", password: "correct horse battery" }) }), {} as never));
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26", title: "Battle for al-Hasakah" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    { side: "is", low: 20, quote: "20 IS members" },
  ]);
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { quote: "at least 30 members of the regime forces" }, select: { id: true, eventId: true } });
  claimId = claim.id;
  eventId = claim.eventId!;
});
afterAll(() => db.drop());

describe("ETag and 304", () => {
  it("gives a second identical read the same ETag, no-cache, and a 304 with no body to If-None-Match", async () => {
    const first = await read(listClaims, "/api/claims?side=regime");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const second = await read(listClaims, "/api/claims?side=regime");
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.json()).toEqual(await first.json());
    const revalidated = await read(listClaims, "/api/claims?side=regime", { etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
    // A stale tag gets the whole answer.
    expect((await read(listClaims, "/api/claims?side=regime", { etag: 'W/"stale"' })).status).toBe(200);
  });

  it("tags a streamed CSV export too and answers 304 for it, without keeping it in the cache", async () => {
    const first = await read(getClaimsCsv, "/api/claims.csv?side=regime");
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("at least 30");
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    const before = getReadCache().size.entries;
    expect((await read(getClaimsCsv, "/api/claims.csv?side=regime", { etag })).status).toBe(304);
    const again = await read(getClaimsCsv, "/api/claims.csv?side=regime");
    expect(again.headers.get("etag")).toBe(etag);
    await again.text();
    expect(getReadCache().size.entries).toBe(before);
  });

  it("treats the same parameters in another order as the same read", async () => {
    const a = await read(listClaims, "/api/claims?side=regime&sort=low");
    const b = await read(listClaims, "/api/claims?sort=low&side=regime");
    expect(a.status).toBe(200);
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
  });
});

describe("the cache never mixes answers", () => {
  it("keeps two different queries apart: different tags, each its own rows", async () => {
    const regime = await read(listClaims, "/api/claims?side=regime");
    const is = await read(listClaims, "/api/claims?side=is");
    expect(regime.headers.get("etag")).not.toBe(is.headers.get("etag"));
    expect((await regime.json()).rows.map((r: { low: number }) => r.low)).toEqual([30]);
    expect((await is.json()).rows.map((r: { low: number }) => r.low)).toEqual([20]);
    // Twice more, now from the cache: still apart.
    expect((await (await read(listClaims, "/api/claims?side=is")).json()).rows.map((r: { low: number }) => r.low)).toEqual([20]);
    expect((await (await read(listClaims, "/api/claims?side=regime")).json()).rows.map((r: { low: number }) => r.low)).toEqual([30]);
  });

  it("keeps two routes apart even on the same path and query", async () => {
    const series = await read(getTimeseries, "/api/x?outcome=killed");
    const bands = await read(getUncertainty, "/api/x?outcome=killed");
    expect(series.headers.get("etag")).not.toBe(bands.headers.get("etag"));
    expect(await bands.json()).toHaveProperty("rows");
    expect(await series.json()).not.toHaveProperty("rows");
  });

  it("never serves the editor's name in an event's history from a visitor's entry, nor the reverse", async () => {
    const patched = await call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, cookie: editor, body: { version: 1, low: 31 } });
    expect(patched.status, await patched.clone().text()).toBe(200);
    for (let i = 0; i < 2; i++) {
      const visitor = await read(getEvent, `/api/events/${eventId}`);
      const asEditor = await read(getEvent, `/api/events/${eventId}`, { cookie: editor });
      expect((await visitor.json()).history[0].user).toBe("an editor");
      expect((await asEditor.json()).history[0].user).toBe("editor@example.org");
      expect(asEditor.headers.get("etag")).not.toBe(visitor.headers.get("etag"));
      expect(asEditor.headers.get("cache-control")).toBe("private, no-cache");
    }
    // The editor's tag does not revalidate a visitor's read.
    const editorTag = (await read(getEvent, `/api/events/${eventId}`, { cookie: editor })).headers.get("etag")!;
    const visitor = await read(getEvent, `/api/events/${eventId}`, { etag: editorTag });
    expect(visitor.status).toBe(200);
    expect((await visitor.json()).history[0].user).toBe("an editor");
  });
});

describe("a write is visible in the very next read", () => {
  it("after an editor corrects a claim", async () => {
    const before = await read(getClaim, `/api/claims/${claimId}`);
    const { version, low } = await before.json();
    const cached = await read(getClaim, `/api/claims/${claimId}`);
    expect(cached.headers.get("etag")).toBe(before.headers.get("etag"));
    const res = await call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, cookie: editor, body: { version, low: low + 5 } });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await read(getClaim, `/api/claims/${claimId}`, { etag: before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect((await after.json()).low).toBe(low + 5);
    const listed = await (await read(listClaims, "/api/claims?side=regime")).json();
    expect(listed.rows.map((r: { low: number }) => r.low)).toEqual([low + 5]);
  });

  it("after a report is ingested", async () => {
    const before = await read(listReports, "/api/reports");
    const total = (await before.json()).total;
    const text = "At least 14 members of the regime forces were killed in Palmyra on Tuesday, the Syrian Observatory for Human Rights said.";
    const res = await call(createReport, { method: "POST", cookie: editor, body: { title: "Palmyra", outlet: "AFP", published: "2016-03-10", text } });
    expect(res.status, await res.clone().text()).toBe(201);
    const after = await read(listReports, "/api/reports", { etag: before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect((await after.json()).total).toBe(total + 1);
    const csv = await (await read(getClaimsCsv, "/api/claims.csv?side=regime")).text();
    expect(csv).toContain("At least 14");
  });

  it("after a data set is imported", async () => {
    const before = await read(listDatasets, "/api/datasets");
    expect((await before.json()).datasets).toEqual([]);
    const res = await call(importDataset, { method: "POST", cookie: editor, body: { fileName: "ged-test.csv", content: GED, name: "GED test" } });
    expect(res.status, await res.clone().text()).toBe(201);
    const after = await read(listDatasets, "/api/datasets", { etag: before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect((await after.json()).datasets.map((d: { name: string }) => d.name)).toEqual(["GED test"]);
  });

  it("after a write made outside the app (another process, plain SQL), and not after a rolled-back one", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const start = await getDataVersion();
      await client.query("BEGIN");
      await client.query("UPDATE claims SET low = low + 1 WHERE id = $1", [claimId]);
      await client.query("ROLLBACK");
      expect(await getDataVersion()).toEqual(start);
      const first = await read(getClaim, `/api/claims/${claimId}`);
      const before = await first.json();
      await client.query("UPDATE claims SET low = low + 1 WHERE id = $1", [claimId]);
      const after = await read(getClaim, `/api/claims/${claimId}`, { etag: first.headers.get("etag")! });
      expect(after.status).toBe(200);
      expect((await after.json()).low).toBe(before.low + 1);
      // One bump per transaction, however many statements it runs.
      const mid = BigInt((await getDataVersion()).version);
      await client.query("BEGIN");
      await client.query("UPDATE claims SET low = low + 1 WHERE id = $1", [claimId]);
      await client.query("UPDATE reports SET title = title || '.'");
      await client.query("COMMIT");
      expect(BigInt((await getDataVersion()).version)).toBe(mid + 1n);
    } finally {
      await client.end();
    }
  });
});

describe("the shared version read", () => {
  it("serves many concurrent readers, and a reader arriving after a commit sees it", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const start = BigInt((await getDataVersion()).version);
      const early = Array.from({ length: 20 }, () => getDataVersionShared());
      await client.query("UPDATE reports SET title = title || '!'");
      const late = await getDataVersionShared();
      expect(BigInt(late.version)).toBe(start + 1n);
      for (const v of await Promise.all(early)) expect(BigInt(v.version)).toBeGreaterThanOrEqual(start);
      const reads = await Promise.all(Array.from({ length: 20 }, () => read(listReports, "/api/reports")));
      expect(new Set(reads.map((r) => r.headers.get("etag"))).size).toBe(1);
    } finally {
      await client.end();
    }
  });
});

describe("the data version's trigger", () => {
  it("does not make a writer wait for another's open transaction (the version row is locked only at commit)", async () => {
    const [a, b] = [new pg.Client({ connectionString: db.url }), new pg.Client({ connectionString: db.url })];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const start = BigInt((await getDataVersion()).version);
      await a.query("BEGIN");
      await a.query("UPDATE reports SET title = title || '?'"); // a long import, say, still running
      await b.query("SET statement_timeout = '3s'");
      await b.query("UPDATE claims SET low = low WHERE id = $1", [claimId]); // an edit meanwhile: no wait
      expect(BigInt((await getDataVersion()).version)).toBe(start + 1n);
      await a.query("COMMIT");
      expect(BigInt((await getDataVersion()).version)).toBe(start + 2n);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("is on every table except those no read shows (sessions, login attempts, the bookkeeping)", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string; has: boolean }>(`
      SELECT t.table_name, EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = ('public.' || quote_ident(t.table_name))::regclass AND g.tgname = 'data_version_bump') AS has
      FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`).finally(() => client.end());
    const without = rows.filter((r) => !r.has).map((r) => r.table_name);
    expect(without).toEqual(["_prisma_migrations", "data_version", "data_version_pending", "login_attempts", "sessions"]);
  });
});
