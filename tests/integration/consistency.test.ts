// One meaning for every filter and every total, on every page. On generated data
// (every scope, qualifier and convention, undated claims, claims an editor pinned
// to another event than their own period and place would give, corrected counts,
// a data set) and for many random filter combinations, the same totals come from:
// the time series (summed over bins, JSON and CSV), the comparison (JSON and CSV),
// the uncertainty view (JSON and CSV), the overview's cards, and lib/reconciliation
// run over the claims /api/claims lists for the same query. A date range keeps the
// same events in the claim list as in the aggregates.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/claims/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getComparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { GET as getTimeseriesCsv } from "@/app/api/timeseries.csv/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { GET as getUncertaintyCsv } from "@/app/api/uncertainty.csv/route";
import { loadBenchData } from "@/lib/bench/load-data";
import { CONVENTION_IDS, DEFAULT_FILTERS, FILTER_KEYS, OUTCOMES, SCOPES, REVIEW_STATES, type Filters, type Outcome } from "@/lib/filters/filter-schema";
import { toQueryString } from "@/lib/filters/serialize";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { importDataset } from "@/lib/mutations/import-dataset";
import { rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { getProfile } from "@/lib/profiles";
import { placesWithin } from "@/lib/profiles/places-within";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { estimateEventSide, type ClaimInput } from "@/lib/reconciliation";
import { chartOutcome } from "@/lib/schemas/view-queries";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import type { Handler } from "../fixtures/http";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const DATASET = "UCDP GED 23.1";
const RUNS = 200;
const SOURCE_RUNS = 60;

type Figures = { low: number; best: number; high: number; events: number };
type Totals = Record<string, Figures>;
type ClaimRow = ClaimInput & { eventId: number | null };

let db: TestDatabase;
let outlets: string[] = [];
let claimants: string[] = [];
let datasetRows: { start: string; end: string; place: string | null; best: number }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const profile = getProfile();
  const sideIds = await ensureProfileSides(db.prisma, profile);
  await loadBenchData(db.url, profile, sideIds, { claims: 900, seed: 20150625, dropIndexes: false, log: () => {} });
  // An editor's doing: some claims pinned to another event of their scope, whose period
  // and place are not their own (a claim is then dated and placed by its event), and
  // some vague counts corrected (the editor's figure wins over every convention).
  await db.prisma.$executeRaw`
    UPDATE claims c SET event_pinned = true,
      event_id = (SELECT e.id FROM events e WHERE e.scope = c.scope AND e.id > c.event_id + 3 ORDER BY e.id LIMIT 1)
    WHERE c.event_id IS NOT NULL AND c.id % 17 = 0
      AND EXISTS (SELECT 1 FROM events e WHERE e.scope = c.scope AND e.id > c.event_id + 3)`;
  await db.prisma.$executeRaw`UPDATE claims SET count_corrected = true, low = 7, point = 7 WHERE qualifier = 'vague' AND id % 5 = 0`;
  const content = await readFile(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8");
  await importDataset(db.prisma, { content, fileName: "ucdp_ged_v23_1_sample1000.csv", name: DATASET, country: "Syria", profile });
  await rebuildAllEventEstimates(db.prisma);
  datasetRows = await db.prisma.$queryRaw`
    SELECT to_char(de.date_start, 'YYYY-MM-DD') AS start, to_char(de.date_end, 'YYYY-MM-DD') AS "end", p.name AS place, de.best
    FROM dataset_events de LEFT JOIN places p ON p.id = de.place_id`;
  outlets = ["SOHR", "ARA News", "Rudaw", "SANA", "Reuters", DATASET];
  claimants = (await db.prisma.claimant.findMany({ select: { name: true }, orderBy: { id: "asc" }, take: 30 })).map((c) => c.name).filter((_, i) => i % 3 === 0);
}, 120_000);
afterAll(() => db.drop());

async function get(handler: Handler, route: string, query: string): Promise<Response> {
  const res = await handler(new Request(`http://localhost${route}${query}`), undefined as never);
  if (res.status !== 200) throw new Error(`${route}${query} answered ${res.status}: ${await res.text()}`);
  return res;
}
const json = async <T,>(handler: Handler, route: string, query: string): Promise<T> => (await get(handler, route, query)).json() as Promise<T>;
const csv = async (handler: Handler, route: string, query: string): Promise<Record<string, string>[]> => parse(await (await get(handler, route, query)).text(), { columns: true });

/** Every page of a paged JSON view. */
async function allPages<T>(handler: Handler, route: string, query: string): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const body = await json<{ rows: T[]; total: number }>(handler, route, `${query}${query ? "&" : "?"}page=${page}&pageSize=500`);
    rows.push(...body.rows);
    if (rows.length >= body.total || body.rows.length === 0) return rows;
  }
}

function add(totals: Totals, side: string, f: { low: number | string | null; best: number | string | null; high: number | string | null }, events = 1): void {
  const t = (totals[side] ??= { low: 0, best: 0, high: 0, events: 0 });
  t.low += Number(f.low ?? 0);
  t.best += Number(f.best ?? 0);
  t.high += Number(f.high ?? 0);
  t.events += events;
}

/** Per event, all sides = the larger of its named sides' sum and its mixed figure (README, "Totals"). */
function allSides(rows: { eventId: number | string; side: string; low: number | string; best: number | string; high: number | string }[]): Figures {
  const byEvent = new Map<string, { sides: Figures; mixed: Figures }>();
  for (const r of rows) {
    const e = byEvent.get(String(r.eventId)) ?? { sides: { low: 0, best: 0, high: 0, events: 0 }, mixed: { low: 0, best: 0, high: 0, events: 0 } };
    const into = r.side === "mixed" ? e.mixed : e.sides;
    into.low += Number(r.low);
    into.best += Number(r.best);
    into.high += Number(r.high);
    byEvent.set(String(r.eventId), e);
  }
  const out = { low: 0, best: 0, high: 0, events: byEvent.size };
  for (const { sides, mixed } of byEvent.values()) for (const k of ["low", "best", "high"] as const) out[k] += Math.max(sides[k], mixed[k]);
  return out;
}

/** lib/reconciliation over the listed claims: per event, side and outcome, incident claims only. */
function reconcile(claims: ClaimRow[], outcome: Outcome) {
  const groups = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    if (c.eventId === null || c.outcome !== outcome) continue;
    const key = `${c.eventId}|${c.side}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rows: { eventId: number; side: string; low: number; best: number; high: number }[] = [];
  for (const [key, group] of groups) {
    const estimate = estimateEventSide(group);
    if (!estimate) continue;
    const [eventId, side] = key.split("|");
    rows.push({ eventId: Number(eventId), side, low: estimate.low, best: estimate.best, high: estimate.high });
  }
  return rows;
}

const bySide = (rows: { side: string; low: number | string; best: number | string; high: number | string }[]): Totals => {
  const totals: Totals = {};
  for (const r of rows) add(totals, r.side, r);
  return totals;
};
const eventIds = (rows: { eventId: number | string }[]) => [...new Set(rows.map((r) => Number(r.eventId)))].sort((a, b) => a - b);

const profile = getProfile();
const places = ["Syria", "al-Hasakah province", "Aleppo province", "al-Hasakah", "Qamishli", "Aleppo", "Raqqa"].filter((p) => profile.places.some((x) => x.name === p));
const day = fc.integer({ min: 0, max: 5 * 365 }).map((n) => new Date(Date.UTC(2014, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const some = <T,>(values: readonly T[], weight = 3) => fc.oneof({ arbitrary: fc.constant([] as T[]), weight }, { arbitrary: fc.subarray([...values], { minLength: 1, maxLength: 2 }), weight: 1 });
const filtersArb = fc
  .record({
    side: some(profile.sides.map((s) => s.key)),
    outcome: some(OUTCOMES, 2),
    place: some(places),
    scope: some(SCOPES),
    range: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 1 }, { arbitrary: fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })).map((t) => t.filter(Boolean) as string[]), weight: 2 }),
    convention: fc.constantFrom(...CONVENTION_IDS),
    review: fc.constantFrom(...REVIEW_STATES, "all", "all"),
    pickOutlet: fc.boolean(),
    pickClaimant: fc.boolean(),
    dataset: fc.boolean(),
    outletIndex: fc.nat(),
    claimantIndex: fc.nat(),
  })
  .map((r) => {
    const [from, to] = r.range.length === 2 ? [...r.range].sort() : [r.range[0], undefined];
    const filters: Partial<Filters> = {
      side: r.side, outcome: r.outcome, place: r.place, scope: r.scope, from, to, convention: r.convention, review: r.review,
      outlet: r.pickOutlet && r.outletIndex % 4 === 0 ? [outlets[r.outletIndex % outlets.length]] : [],
      claimant: r.pickClaimant && r.claimantIndex % 4 === 0 ? [claimants[r.claimantIndex % claimants.length]] : [],
      dataset: r.dataset ? [DATASET] : [],
    };
    return filters;
  });

function queryOf(filters: Partial<Filters>): string {
  return toQueryString(Object.fromEntries(FILTER_KEYS.map((k) => [k, filters[k] as string | string[] | undefined])), { convention: "literal-v1", review: "all" });
}

/** Every view of these filters against lib/reconciliation over the claims /api/claims lists. */
async function expectOneMeaning(filters: Partial<Filters>): Promise<void> {
  const q = queryOf(filters);
  const outcome = chartOutcome(filters.outcome ?? []);
  const claims = await allPages<ClaimRow>(getClaims, "/api/claims", q);
  const expected = reconcile(claims, outcome);
  const expectedSides = bySide(expected);

  const series = await json<{ points: { side: string; low: number | null; best: number | null; high: number | null; events: number | null }[]; undatedClaims: number; newsTotals: { low: number; best: number; high: number; events: number }[] }>(getTimeseries, "/api/timeseries", q);
  const fromSeries: Totals = {};
  for (const p of series.points) if (p.best !== null) add(fromSeries, p.side, p, p.events ?? 0);
  expect(fromSeries, `time series ${q}`).toEqual(expectedSides);

  const seriesCsv = await csv(getTimeseriesCsv, "/api/timeseries.csv", q);
  const fromSeriesCsv: Totals = {};
  for (const r of seriesCsv) if (r.best !== "" && (r.source ?? "News claims") === "News claims" && r.side !== "all") add(fromSeriesCsv, r.side, { low: r.low, best: r.best, high: r.high }, Number(r.events));
  expect(fromSeriesCsv, `time series CSV ${q}`).toEqual(expectedSides);

  const isCharted = <R extends { outcome?: string; scope: string; periodStart: string | null }>(r: R) => (r.outcome ?? outcome) === outcome && r.scope === "incident" && r.periodStart;
  type Row = { eventId: number; side: string; outcome?: string; scope: string; periodStart: string | null; low: number; best: number; high: number };
  const comparison = (await allPages<Row>(getComparison, "/api/comparison", q)).filter(isCharted);
  expect(bySide(comparison), `comparison ${q}`).toEqual(expectedSides);
  expect(eventIds(comparison), `comparison's events ${q}`).toEqual(eventIds(expected));

  const comparisonCsv = (await csv(getComparisonCsv, "/api/comparison.csv", q)).map((r) => ({ ...r, periodStart: r.periodStart || null }) as unknown as Row).filter(isCharted);
  expect(bySide(comparisonCsv), `comparison CSV ${q}`).toEqual(expectedSides);

  const uncertainty = (await allPages<Row>(getUncertainty, "/api/uncertainty", q)).filter(isCharted);
  expect(bySide(uncertainty), `uncertainty ${q}`).toEqual(expectedSides);
  // One CSV row per claim: each event and side once.
  const seen = new Set<string>();
  const uncertaintyCsv = (await csv(getUncertaintyCsv, "/api/uncertainty.csv", q))
    .map((r) => ({ eventId: Number(r.eventId), side: r.side, outcome: r.outcome, scope: r.scope, periodStart: r.periodStart || null, low: Number(r.eventLow), best: Number(r.eventBest), high: Number(r.eventHigh) }))
    .filter((r) => isCharted(r) && !seen.has(`${r.eventId}|${r.side}`) && seen.add(`${r.eventId}|${r.side}`));
  expect(bySide(uncertaintyCsv), `uncertainty CSV ${q}`).toEqual(expectedSides);

  // The cards: named sides as the series, all sides by the one rule, never a mixed card.
  const cards = await getSideTotals({ ...DEFAULT_FILTERS, ...filters } as Filters, outcome);
  const { mixed: _mixed, ...named } = expectedSides;
  expect(Object.fromEntries(cards.sides.map((s) => [s.side, { low: s.low, best: s.best, high: s.high, events: s.events }])), `cards ${q}`).toEqual(named);
  const expectedAll = allSides(expected);
  const all = cards.allSides ? { low: cards.allSides.low, best: cards.allSides.best, high: cards.allSides.high, events: cards.allSides.events } : { low: 0, best: 0, high: 0, events: 0 };
  expect(all, `all sides ${q}`).toEqual(expectedAll);
  expect(allSides(comparison), `comparison's all sides ${q}`).toEqual(expectedAll);
  if (filters.dataset?.length) {
    const news = series.newsTotals.reduce((t, p) => ({ low: t.low + p.low, best: t.best + p.best, high: t.high + p.high, events: t.events + p.events }), { low: 0, best: 0, high: 0, events: 0 });
    expect(news, `overlay's all sides ${q}`).toEqual(expectedAll);
    const csvAll = seriesCsv.filter((r) => r.source === "News claims" && r.side === "all").reduce((t, r) => ({ low: t.low + Number(r.low), best: t.best + Number(r.best), high: t.high + Number(r.high), events: t.events + Number(r.events) }), { low: 0, best: 0, high: 0, events: 0 });
    expect(csvAll, `time series CSV's all sides ${q}`).toEqual(expectedAll);
  }
  if (filters.dataset?.length && !filters.side?.length && outcome === "killed") {
    // A data set's rows: the same overlap rule for dates, its own place and all within it.
    const inPlace = new Set(placesWithin(profile, filters.place ?? []));
    const rows = datasetRows.filter((r) => (!filters.from || r.end >= filters.from) && (!filters.to || r.start <= filters.to) && (!inPlace.size || (r.place !== null && inPlace.has(r.place))));
    const points = (await json<{ datasets: { name: string; points: { best: number | null; events: number }[] }[] }>(getTimeseries, "/api/timeseries", q)).datasets[0]?.points ?? [];
    expect({ best: points.reduce((n, p) => n + (p.best ?? 0), 0), rows: points.reduce((n, p) => n + p.events, 0) }, `data set ${q}`).toEqual({ best: rows.reduce((n, r) => n + r.best, 0), rows: rows.length });
  }
  if (!filters.from && !filters.to) {
    expect(series.undatedClaims, `undated claims ${q}`).toBe(claims.filter((c) => c.periodStart === null && c.outcome === outcome).length);
  }
}

/** Exactly one outlet or one claimant, and no review filter: the views read that source's own pre-aggregated rows. */
const oneSourceArb = fc.tuple(filtersArb, fc.boolean(), fc.nat()).map(([filters, byOutlet, index]) => ({
  ...filters,
  review: "all" as const,
  outlet: byOutlet ? [outlets[index % outlets.length]] : [],
  claimant: byOutlet ? [] : [claimants[index % claimants.length]],
}));

describe("every view of the same filters", () => {
  it(`gives the same totals per side and for all sides, and keeps the same events, for ${RUNS} random filter combinations`, async () => {
    await fc.assert(fc.asyncProperty(filtersArb, expectOneMeaning), { seed: 20260, numRuns: RUNS, endOnFailure: true });
  }, 240_000);

  it(`does so for ${SOURCE_RUNS} more with one outlet or one claimant (their own pre-aggregated estimates)`, async () => {
    await fc.assert(fc.asyncProperty(oneSourceArb, expectOneMeaning), { seed: 20261, numRuns: SOURCE_RUNS, endOnFailure: true });
  }, 240_000);
});
