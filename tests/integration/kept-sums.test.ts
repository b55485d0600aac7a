// Sums kept on write by adding each write's new rows and taking away its old ones must be
// exactly what summing afresh gives, after ingest, an editor's correction that moves a
// claim's figure to another side and to another day, and a rebuild (TRUNCATE and insert):
// - estimate_row_counts (statement triggers on event_estimates), whose counts the
//   comparison and uncertainty views give as their number of rows;
// - daily_estimates and source_daily_estimates (lib/mutations/refresh-event-estimates.ts),
//   which the time series and cards read, open-ended events included;
// - claim_counts (statement triggers on claims), the filter bar's counts per outlet,
//   claimant, side and place, also after claims are deleted and the table is emptied.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";
import { rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { updateClaim } from "@/lib/mutations/update-claim";
import { getComparison } from "@/lib/queries/get-comparison";
import { getFilterOptions } from "@/lib/queries/get-filter-options";
import { getUncertainty } from "@/lib/queries/get-uncertainty";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26" }, [
    { side: "regime", low: 30, high: null },
    { side: "is", low: 20 },
    { side: "is", low: 4, outcome: "wounded" },
  ]);
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-07-03" }, [
    { side: "regime", low: 60, periodStart: "2015-06-26", periodEnd: "2015-07-02", location: "Tel Tamr", claimant: "Rudaw" },
    { side: "civilians", low: 7, periodStart: "2015-07-01", location: "Qamishli", claimant: "Rudaw" },
  ]);
});
afterAll(() => db.drop());

/** The kept counts (zero rows left out) and a count of the rows themselves, in one order. */
async function keptAndCounted(): Promise<[string[], string[]]> {
  const kept = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT concat_ws('/', convention, outcome, scope, side_id, rows) AS k FROM estimate_row_counts WHERE rows <> 0 ORDER BY 1`;
  const counted = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT concat_ws('/', convention, outcome, scope, side_id, count(*)) AS k FROM event_estimates GROUP BY convention, outcome, scope, side_id ORDER BY 1`;
  return [kept.map((r) => r.k), counted.map((r) => r.k)];
}

async function rowsCounted(filters: Filters, outcome?: string): Promise<number> {
  const sides = filters.side.length ? filters.side : null;
  const [{ n }] = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM event_estimates x JOIN sides s ON s.id = x.side_id
    WHERE x.convention = ${filters.convention} AND (${sides}::text[] IS NULL OR s.key = ANY(${sides}::text[]))
      AND (${outcome ?? null}::text IS NULL OR x.outcome::text = ${outcome ?? null})`;
  return n;
}

/** The daily sums as kept, and as summed afresh from the per-event rows, of all sources and of each. */
async function dailyKeptAndSummed(): Promise<[string[], string[]]> {
  const kept = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT concat_ws('/', '*', convention, outcome, day, side_id, low, best, high, high_open, open_events, events, claims) AS k FROM daily_estimates
    UNION ALL
    SELECT concat_ws('/', source_kind, source_id, convention, outcome, day, side_id, low, best, high, high_open, open_events, events, claims) FROM source_daily_estimates
    ORDER BY 1`;
  const summed = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT concat_ws('/', '*', convention, outcome, period_start, side_id, sum(low), sum(best), sum(high), bool_or(high_open), count(*) FILTER (WHERE high_open), count(*), sum(claim_count)) AS k
    FROM event_estimates WHERE scope = 'incident' AND period_start IS NOT NULL GROUP BY convention, outcome, period_start, side_id
    UNION ALL
    SELECT concat_ws('/', source_kind, source_id, convention, outcome, period_start, side_id, sum(low), sum(best), sum(high), bool_or(high_open), count(*) FILTER (WHERE high_open), count(*), sum(claim_count))
    FROM source_event_estimates WHERE scope = 'incident' AND period_start IS NOT NULL GROUP BY source_kind, source_id, convention, outcome, period_start, side_id
    ORDER BY 1`;
  return [kept.map((r) => r.k), summed.map((r) => r.k)];
}

/** The kept claim counts (zeros left out) and a count of the claims themselves, in one order. */
async function claimCountsKeptAndCounted(): Promise<[string[], string[]]> {
  const kept = await db.prisma.$queryRaw<{ k: string }[]>`SELECT concat_ws('/', kind, value_id, claims) AS k FROM claim_counts WHERE claims <> 0 ORDER BY 1`;
  const counted = await db.prisma.$queryRaw<{ k: string }[]>`
    SELECT concat_ws('/', kind, value_id, count(*)) AS k FROM (
      SELECT 'outlet' AS kind, outlet_id AS value_id FROM claims UNION ALL SELECT 'claimant', claimant_id FROM claims
      UNION ALL SELECT 'side', side_id FROM claims UNION ALL SELECT 'place', place_id FROM claims WHERE place_id IS NOT NULL
    ) x GROUP BY kind, value_id ORDER BY 1`;
  return [kept.map((r) => r.k), counted.map((r) => r.k)];
}

describe("sums kept on write", () => {
  it("hold what counting and summing afresh give, after ingest", async () => {
    const [kept, counted] = await keptAndCounted();
    expect(counted.length).toBeGreaterThan(3);
    expect(kept).toEqual(counted);
    const [daily, summed] = await dailyKeptAndSummed();
    expect(summed.some((k) => k.includes("/t/1/"))).toBe(true); // an open-ended event ("at least 30") is among them
    expect(daily).toEqual(summed);
    const [claimsKept, claimsCounted] = await claimCountsKeptAndCounted();
    expect(claimsCounted.some((k) => k.startsWith("place/"))).toBe(true);
    expect(claimsKept).toEqual(claimsCounted);
  });

  it("follow an editor's corrections that move a claim's figure to another side, and an open-ended one to another day", async () => {
    const user = await createOrUpdateUser(db.prisma, "e@example.org", "correct horse battery", "editor");
    const civilians = await db.prisma.claim.findFirstOrThrow({ where: { side: { key: "civilians" } } });
    await updateClaim(db.prisma, civilians.id, { version: civilians.version, side: "regime" }, user.id);
    const open = await db.prisma.claim.findFirstOrThrow({ where: { qualifier: "at_least" } });
    await updateClaim(db.prisma, open.id, { version: open.version, periodStart: "2015-06-20", periodEnd: "2015-06-20" }, user.id);
    const [kept, counted] = await keptAndCounted();
    expect(kept).toEqual(counted);
    const [claimsKept, claimsCounted] = await claimCountsKeptAndCounted();
    expect(claimsKept).toEqual(claimsCounted);
    const [daily, summed] = await dailyKeptAndSummed();
    expect(daily).toEqual(summed);
  });

  it("are rebuilt with the estimates (TRUNCATE, then every row inserted again)", async () => {
    await rebuildAllEventEstimates(db.prisma);
    const [kept, counted] = await keptAndCounted();
    expect(kept).toEqual(counted);
    const [daily, summed] = await dailyKeptAndSummed();
    expect(daily).toEqual(summed);
  });

  it("gives the comparison and uncertainty views the number of rows they page through", async () => {
    for (const filters of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, side: ["regime"] }, { ...DEFAULT_FILTERS, side: ["is", "civilians"] }]) {
      const comparison = await getComparison(filters, { by: "outlet", sort: "spread", dir: "desc", page: 1, pageSize: 50 });
      expect(comparison.total).toBe(await rowsCounted(filters));
      expect(comparison.total).toBe(comparison.rows.length);
      const uncertainty = await getUncertainty(filters, "killed", { page: 1, pageSize: 50 });
      expect(uncertainty.total).toBe(await rowsCounted(filters, "killed"));
    }
  });

  it("give the filter bar its counts, and follow claims deleted and the table emptied", async () => {
    const options = await getFilterOptions();
    const regime = options.sides.find((o) => o.value === "regime")!;
    expect(regime.count).toBe(await db.prisma.claim.count({ where: { side: { key: "regime" } } }));
    expect(options.outlets.map((o) => [o.value, o.count])).toEqual([["SOHR", 3], ["Rudaw", 2]]);
    expect(options.places.map((o) => [o.value, o.count]).sort()).toEqual([["Qamishli", 1], ["Tel Tamr", 1], ["al-Hasakah", 3]]);

    await db.prisma.claim.deleteMany({ where: { outlet: { name: "Rudaw" }, place: { name: "Qamishli" } } });
    const [kept, counted] = await claimCountsKeptAndCounted();
    expect(kept).toEqual(counted);
    expect(kept.filter((k) => k.startsWith("place/"))).toHaveLength(2);

    await db.prisma.$executeRaw`TRUNCATE claims CASCADE`;
    expect(await claimCountsKeptAndCounted()).toEqual([[], []]);
  });
});
