// One outlet's or one claimant's view reads that source's own pre-aggregated estimates
// (source_event_estimates, source_daily_estimates); any other pick of claims computes
// them from the claims on the fly. The two must give the same answers. A second name
// that matches nothing (outlet=X&outlet=nobody) keeps exactly X's claims but is two
// outlets, so it takes the on-the-fly path: the same view, the other way.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { loadBenchData } from "@/lib/bench/load-data";
import { DEFAULT_FILTERS, filterSchema, LIST_FILTER_KEYS } from "@/lib/filters/filter-schema";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { importDataset } from "@/lib/mutations/import-dataset";
import { rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { getProfile } from "@/lib/profiles";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { chartOutcome } from "@/lib/schemas/view-queries";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { call, cookieFrom, type Handler } from "../fixtures/http";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const DATASET = "UCDP GED 23.1";
const NOBODY = "No such source";

let db: TestDatabase;
let editor: string;
let outlets: string[] = [];
let claimants: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const profile = getProfile();
  const sideIds = await ensureProfileSides(db.prisma, profile);
  // The benchmark's generator: 20 outlets, 60 claimants, every qualifier and scope, undated claims.
  await loadBenchData(db.url, profile, sideIds, { claims: 3000, seed: 7, dropIndexes: false, log: () => {} });
  await rebuildAllEventEstimates(db.prisma);
  // A data set imported afterwards: picked by name as an outlet, it is a source too.
  const content = await readFile(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8");
  await importDataset(db.prisma, { content, fileName: "ucdp_ged_v23_1_sample1000.csv", name: DATASET, country: "Syria", profile });
  outlets = (await db.prisma.outlet.findMany({ select: { name: true }, orderBy: { id: "asc" } })).map((o) => o.name);
  claimants = (await db.prisma.claimant.findMany({ select: { name: true }, orderBy: { id: "asc" } })).map((c) => c.name);
  await createOrUpdateUser(db.prisma, "erin@example.org", "correct horse battery", "editor");
  editor = cookieFrom(await call(login, { method: "POST", body: { email: "erin@example.org", password: "correct horse battery" } }));
}, 180_000);
afterAll(() => db.drop());

async function read(handler: Handler, route: string, query: URLSearchParams): Promise<unknown> {
  const res = await handler(new Request(`http://localhost${route}?${query}`), undefined as never);
  if (res.status !== 200) throw new Error(`${route}?${query} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

type Pick = { kind: "outlet" | "claimant"; name: string };

/** What a reader sees of one source's view: the chart, the cards, the comparison and the uncertainty view. */
async function views(pick: Pick, { bin, ...extra }: Record<string, string>, onTheFly: boolean) {
  const query = new URLSearchParams(extra);
  query.append(pick.kind, pick.name);
  if (onTheFly) query.append(pick.kind, NOBODY);
  const lists = LIST_FILTER_KEYS as readonly string[];
  const filters = filterSchema.parse({
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, lists.includes(k) ? [v] : v])),
    [pick.kind]: onTheFly ? [pick.name, NOBODY] : [pick.name],
  });
  return {
    series: await read(getTimeseries, "/api/timeseries", new URLSearchParams([...query, ...(bin ? [["bin", bin]] : [])])),
    cards: await getSideTotals(filters, chartOutcome(filters.outcome)),
    comparison: await read(getComparison, "/api/comparison", new URLSearchParams([...query, ["sort", "spread"], ["pageSize", "100"]])),
    uncertainty: await read(getUncertainty, "/api/uncertainty", new URLSearchParams([...query, ["pageSize", "100"]])),
  };
}

async function expectSameBothWays(pick: Pick, extra: Record<string, string> = {}): Promise<Awaited<ReturnType<typeof views>>> {
  const kept = await views(pick, extra, false);
  expect(kept, `${pick.kind} ${pick.name} ${JSON.stringify(extra)}`).toEqual(await views(pick, extra, true));
  return kept;
}

const sourcesOf = () => [...outlets.map((name) => ({ kind: "outlet" as const, name })), ...claimants.map((name) => ({ kind: "claimant" as const, name }))];

describe("one outlet or one claimant, from its own pre-aggregated estimates", () => {
  it("gives the on-the-fly answers for every outlet and every claimant: chart, cards, comparison, uncertainty", async () => {
    expect(outlets).toContain(DATASET);
    expect(claimants.length).toBeGreaterThan(50);
    for (const pick of sourcesOf()) await expectSameBothWays(pick);
  }, 300_000);

  it("gives them with a date range, a place, a side, day bins and the other convention too", async () => {
    const variants: Record<string, string>[] = [{ from: "2015-06-01", to: "2016-06-30" }, { place: "Aleppo province" }, { side: "regime", bin: "day", to: "2015-12-31" }, { convention: "acled", outcome: "wounded" }, { scope: "cumulative" }];
    for (const pick of sourcesOf().filter((_, i) => i % 4 === 0)) for (const extra of variants) await expectSameBothWays(pick, extra);
  }, 300_000);

  it("answers nothing, not everything, for a source nobody knows", async () => {
    const series = (await read(getTimeseries, "/api/timeseries", new URLSearchParams({ outlet: NOBODY }))) as { points: unknown[] };
    expect(series.points).toEqual([]);
    expect((await getSideTotals({ ...DEFAULT_FILTERS, claimant: [NOBODY] }, "killed")).allSides).toBeNull();
  });
});

describe("PATCH /api/claims/[id] and the per-source estimates", () => {
  const patch = (id: number, body: unknown) => call(patchClaim, { method: "PATCH", body, cookie: editor, params: { id: String(id) } });
  type Point = { best: number | null; events: number | null };
  const total = (series: unknown) => {
    const points = (series as { points: Point[] }).points;
    return { best: points.reduce((n, p) => n + (p.best ?? 0), 0), events: points.reduce((n, p) => n + (p.events ?? 0), 0) };
  };

  it("shows an edited figure in the next read of its outlet and its claimant", async () => {
    // A dated incident claim of its event's only statement by that claimant: its figure is the claimant's estimate.
    const [claim] = await db.prisma.$queryRaw<{ id: number; version: number; outlet: string; claimant: string; low: number }[]>`
      SELECT c.id, c.version, o.name AS outlet, cl.name AS claimant, c.low FROM claims c
      JOIN outlets o ON o.id = c.outlet_id JOIN claimants cl ON cl.id = c.claimant_id JOIN events e ON e.id = c.event_id
      WHERE o.kind <> 'dataset' AND c.qualifier = 'exact' AND c.outcome = 'killed' AND c.scope = 'incident' AND c.review_status = 'pending' AND e.period_start IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM claims d WHERE d.event_id = c.event_id AND d.id <> c.id AND d.claimant_id = c.claimant_id AND d.side_id = c.side_id AND d.outcome = c.outcome)
      ORDER BY c.id LIMIT 1`;
    if (!claim) throw new Error("the generated data has no such claim");
    const byClaimant = { kind: "claimant" as const, name: claim.claimant };
    const before = await expectSameBothWays(byClaimant);
    await expectSameBothWays({ kind: "outlet", name: claim.outlet });

    const res = await patch(claim.id, { version: claim.version, low: claim.low + 1000, high: claim.low + 1000 });
    expect(res.status).toBe(200);

    const after = await expectSameBothWays(byClaimant);
    expect(total(after.series).best).toBe(total(before.series).best + 1000);
    await expectSameBothWays({ kind: "outlet", name: claim.outlet });
    await expectEstimatesCurrent(db.prisma);
  }, 60_000);

  it("moves a claim's figure from one event and day to another when an editor moves it", async () => {
    const [claim] = await db.prisma.$queryRaw<{ id: number; version: number; outlet: string; claimant: string; event_id: number }[]>`
      SELECT c.id, c.version, o.name AS outlet, cl.name AS claimant, c.event_id FROM claims c
      JOIN outlets o ON o.id = c.outlet_id JOIN claimants cl ON cl.id = c.claimant_id JOIN events e ON e.id = c.event_id
      WHERE o.kind <> 'dataset' AND c.outcome = 'killed' AND c.scope = 'incident' AND c.review_status <> 'rejected' AND e.period_start < '2015-01-01'
      ORDER BY c.id LIMIT 1 OFFSET 5`;
    // Another incident event, months away, that this claimant has said nothing about.
    const [target] = await db.prisma.$queryRaw<{ id: number; day: string }[]>`
      SELECT e.id, to_char(e.period_start, 'YYYY-MM-DD') AS day FROM events e, events mine
      WHERE mine.id = ${claim.event_id} AND e.scope = 'incident' AND e.dataset_id IS NULL AND e.period_start IS NOT NULL AND e.period_start > mine.period_start + 90
        AND NOT EXISTS (SELECT 1 FROM claims d JOIN claims me ON me.id = ${claim.id} WHERE d.event_id = e.id AND (d.claimant_id = me.claimant_id OR d.outlet_id = me.outlet_id))
      ORDER BY e.id LIMIT 1`;
    if (!claim || !target) throw new Error("the generated data has no such claim or event");
    const pick = { kind: "claimant" as const, name: claim.claimant };
    const dayQuery = { from: target.day, to: target.day };
    const before = await expectSameBothWays(pick, dayQuery);

    const res = await patch(claim.id, { version: claim.version, eventId: target.id });
    expect(res.status).toBe(200);

    const after = await expectSameBothWays(pick, dayQuery);
    expect(total(after.series).events).toBe(total(before.series).events + 1);
    await expectSameBothWays(pick);
    await expectSameBothWays({ kind: "outlet", name: claim.outlet });
    await expectSameBothWays({ kind: "outlet", name: claim.outlet }, dayQuery);
    await expectEstimatesCurrent(db.prisma);
  }, 60_000);
});
