// The comparison and uncertainty views give their number of rows from estimate_row_counts,
// which statement triggers keep in step with event_estimates: the counts must be exactly
// what counting the rows gives, after ingest, an editor's correction that moves a claim to
// another side, and a rebuild (TRUNCATE and insert), and the views' totals must equal a count
// of the rows they page through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";
import { rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { updateClaim } from "@/lib/mutations/update-claim";
import { getComparison } from "@/lib/queries/get-comparison";
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

describe("estimate_row_counts", () => {
  it("holds what counting event_estimates gives, after ingest", async () => {
    const [kept, counted] = await keptAndCounted();
    expect(counted.length).toBeGreaterThan(3);
    expect(kept).toEqual(counted);
  });

  it("follows an editor's correction that moves a claim's figure to another side", async () => {
    const user = await createOrUpdateUser(db.prisma, "e@example.org", "correct horse battery", "editor");
    const civilians = await db.prisma.claim.findFirstOrThrow({ where: { side: { key: "civilians" } } });
    await updateClaim(db.prisma, civilians.id, { version: civilians.version, side: "regime" }, user.id);
    const [kept, counted] = await keptAndCounted();
    expect(kept).toEqual(counted);
  });

  it("is rebuilt with the estimates (TRUNCATE, then every row inserted again)", async () => {
    await rebuildAllEventEstimates(db.prisma);
    const [kept, counted] = await keptAndCounted();
    expect(kept).toEqual(counted);
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
});
