// The time series' count of claims with no known date (lib/sql/undated-claims.ts): read
// from undated_claim_counts, which triggers on claims keep, it must be what counting the
// claims gives, for every filter it serves, after ingest, an editor's correction that
// dates a claim or moves it to another side, a deletion and an emptied table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";
import { updateClaim } from "@/lib/mutations/update-claim";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { filtersToWhere } from "@/lib/sql/claim-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26" }, [
    { side: "regime", low: 30, high: null },
    { side: "regime", low: 12, periodStart: null, periodEnd: null },
    { side: "is", low: 20, periodStart: null, periodEnd: null, claimant: "SOHR" },
    { side: "is", low: 4, outcome: "wounded", periodStart: null, periodEnd: null },
  ]);
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-07-03" }, [
    { side: "civilians", low: 7, periodStart: null, periodEnd: null, location: "Qamishli", claimant: "Rudaw", confidence: 0.3 },
    { side: "regime", low: 9, periodStart: null, periodEnd: null, location: null, scope: "cumulative", claimant: "Rudaw" },
  ]);
});
afterAll(() => db.drop());

const FILTERS: Filters[] = [
  DEFAULT_FILTERS,
  { ...DEFAULT_FILTERS, outlet: ["Rudaw"] },
  { ...DEFAULT_FILTERS, claimant: ["SOHR"] },
  { ...DEFAULT_FILTERS, side: ["regime", "is"] },
  { ...DEFAULT_FILTERS, scope: ["cumulative"] },
  { ...DEFAULT_FILTERS, review: "reviewed" },
  { ...DEFAULT_FILTERS, review: "needs-review" }, // counted from the claims
  { ...DEFAULT_FILTERS, place: ["Qamishli"] }, // counted from the claims
];

async function counted(filters: Filters, outcome: "killed" | "wounded"): Promise<number> {
  const [{ n }] = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM claims c ${filtersToWhere(filters, Prisma.sql`c.period_start IS NULL AND c.outcome = ${outcome}::"Outcome"`)}`;
  return n;
}

async function expectChartsToCountThem(): Promise<void> {
  for (const filters of FILTERS) {
    for (const outcome of ["killed", "wounded"] as const) {
      const series = await getTimeseries(filters, "month", outcome);
      expect({ filters, outcome, n: series.undatedClaims }).toEqual({ filters, outcome, n: await counted(filters, outcome) });
    }
  }
}

describe("undated claims on the chart", () => {
  it("are counted as the claims are, under every filter, after ingest", async () => {
    expect(await counted(DEFAULT_FILTERS, "killed")).toBe(4);
    await expectChartsToCountThem();
  });

  it("follow an editor's corrections: a claim dated, another moved to another side and accepted", async () => {
    const user = await createOrUpdateUser(db.prisma, "e@example.org", "correct horse battery", "editor");
    const twelve = await db.prisma.claim.findFirstOrThrow({ where: { low: 12 } });
    await updateClaim(db.prisma, twelve.id, { version: twelve.version, periodStart: "2015-06-20", periodEnd: "2015-06-20" }, user.id);
    const twenty = await db.prisma.claim.findFirstOrThrow({ where: { low: 20 } });
    await updateClaim(db.prisma, twenty.id, { version: twenty.version, side: "civilians", reviewStatus: "accepted" }, user.id);
    expect(await counted(DEFAULT_FILTERS, "killed")).toBe(3);
    await expectChartsToCountThem();
  });

  it("follow claims deleted and the table emptied", async () => {
    await db.prisma.claim.deleteMany({ where: { low: 9 } });
    await expectChartsToCountThem();
    await db.prisma.$executeRaw`TRUNCATE claims CASCADE`;
    expect(await db.prisma.$queryRaw`SELECT * FROM undated_claim_counts`).toEqual([]);
  });
});
