// POST /api/reports/bulk: many reports in one request, the way a scraper or a partner's
// feed sends them. The seed reports (real ones) go in together and must come out as
// they do one at a time: the same claims, an audit row each, the estimates current.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as bulkIngest } from "@/app/api/reports/bulk/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { extractClaims } from "@/lib/extraction";
import { getProfile } from "@/lib/profiles";
import { parseReportFile, type ParsedReport } from "@/lib/reports/parse-report-file";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { call, cookieFrom } from "../fixtures/http";
import { SEEDS_DIR } from "../fixtures/shared-corpus";

let db: TestDatabase;
let editor: string;
let seeds: ParsedReport[];

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "feed@example.org", "correct horse battery", "editor");
  editor = cookieFrom(await call(login, { method: "POST", body: { email: "feed@example.org", password: "correct horse battery" } }));
  const files = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith(".txt")).sort();
  seeds = [];
  for (const file of files) {
    const parsed = parseReportFile(await readFile(path.join(SEEDS_DIR, file)), file);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
    seeds.push(parsed.report);
  }
}, 60_000);
afterAll(() => db.drop());

const asInput = (r: ParsedReport) => ({ title: r.title, outlet: r.outlet, url: r.url && /^https?:\/\//.test(r.url) ? r.url : "", published: r.published ?? "", text: r.text });

type BulkBody = { created: number; duplicates: number; failed: number; reports: { index: number; status: string; reportId?: number; claimCount?: number; error?: { message: string } }[] };

describe("POST /api/reports/bulk", () => {
  it("stores the seed reports of one request, each with the claims extraction finds, an audit row each, and the estimates current", async () => {
    const res = await call(bulkIngest, { method: "POST", body: { reports: seeds.map(asInput) }, cookie: editor });
    expect(res.status).toBe(200);
    const body = (await res.json()) as BulkBody;
    expect(body).toMatchObject({ created: seeds.length, duplicates: 0, failed: 0 });
    expect(body.reports.map((r) => [r.index, r.status])).toEqual(seeds.map((_, i) => [i, "created"]));
    const profile = getProfile();
    for (const [i, seed] of seeds.entries()) {
      const outcome = body.reports[i];
      const stored = await db.prisma.report.findUniqueOrThrow({ where: { id: outcome.reportId }, include: { outlet: true, claims: { orderBy: { spanStart: "asc" } } } });
      expect([stored.title, stored.outlet.name, stored.text]).toEqual([seed.title, seed.outlet, seed.text]);
      const expected = extractClaims(seed.text, { outlet: seed.outlet, published: seed.published, publishedPrecision: seed.publishedPrecision }, profile);
      expect(outcome.claimCount).toBe(expected.length);
      expect(stored.claims.map((c) => stored.text.slice(c.spanStart, c.spanEnd))).toEqual(stored.claims.map((c) => c.quote));
      expect(stored.claims.map((c) => [c.quote, c.low, c.high]).sort()).toEqual(expected.map((c) => [c.quote, c.low, c.high]).sort());
      expect(await db.prisma.auditEntry.count({ where: { entityType: "report", entityId: stored.id, action: "ingest" } })).toBe(1);
    }
    expect(seeds.reduce((n, _, i) => n + body.reports[i].claimCount!, 0)).toBeGreaterThan(10);
    await expectEstimatesCurrent(db.prisma);
  });

  it("answers duplicate, with the stored report's id, for a text stored already or sent twice in the request", async () => {
    const first = await db.prisma.report.findFirstOrThrow({ where: { text: seeds[0].text } });
    const fresh = { ...asInput(seeds[1]), title: "A new text", text: `${seeds[1].text}\n\nUpdated at noon.` };
    const res = await call(bulkIngest, { method: "POST", body: { reports: [asInput(seeds[0]), fresh, fresh] }, cookie: editor });
    const body = (await res.json()) as BulkBody;
    expect(body).toMatchObject({ created: 1, duplicates: 2, failed: 0 });
    expect(body.reports[0]).toEqual({ index: 0, status: "duplicate", reportId: first.id });
    expect(body.reports[1]).toMatchObject({ index: 1, status: "created" });
    expect(body.reports[2]).toEqual({ index: 2, status: "duplicate", reportId: body.reports[1].reportId });
  });

  it("refuses the whole request with 400 naming the report and field when one report does not check out, storing nothing", async () => {
    const before = await db.prisma.report.count();
    const good = { ...asInput(seeds[2]), text: "Seven civilians were killed on Monday in Qamishli." };
    const res = await call(bulkIngest, { method: "POST", body: { reports: [good, { ...good, text: "Other words.", published: "2015-13-40" }] }, cookie: editor });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^reports\.1\.published: must be YYYY-MM-DD/);
    expect(await db.prisma.report.count()).toBe(before);
  });

  it("answers 400 past 250 reports or with none, 413 past 16 MB, and 401 to a visitor", async () => {
    const one = { title: "t", outlet: "o", text: "x" };
    const many = await call(bulkIngest, { method: "POST", body: { reports: Array.from({ length: 251 }, (_, i) => ({ ...one, text: `x ${i}` })) }, cookie: editor });
    expect(many.status).toBe(400);
    expect((await many.json()).error.message).toBe("reports: Send at most 250 reports per request; send the rest in further requests.");
    const none = await call(bulkIngest, { method: "POST", body: { reports: [] }, cookie: editor });
    expect((await none.json()).error.message).toBe("reports: Send at least one report.");
    const big = await call(bulkIngest, { method: "POST", body: { reports: Array.from({ length: 9 }, (_, i) => ({ ...one, text: `${i}`.padEnd(2_000_000, "x") })) }, cookie: editor });
    expect(big.status).toBe(413);
    expect((await call(bulkIngest, { method: "POST", body: { reports: [one] } })).status).toBe(401);
  });
});
