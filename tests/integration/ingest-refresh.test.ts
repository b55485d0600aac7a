// Ingest only adds claims, so it remakes only the kept rows those claims change
// (lib/sql/refresh-scope.ts): the event's estimates of their own side and outcome, and
// their own outlet's and claimant's estimates. The other rows of a widely reported event
// stay as they are, physically (same row version), unless the new claims widen the
// event's period, which every row carries. Either way the kept rows equal a rebuild from
// the claims.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  // One event (Qamishli, 2015-06-24) reported by three outlets, each its own claimant.
  for (const [outlet, low] of [["SOHR", 12], ["ARA News", 15], ["Rudaw", 9]] as const) {
    await seedReport(db.prisma, { outlet, published: "2015-06-25" }, [
      { side: "regime", low, location: "Qamishli", periodStart: "2015-06-24" },
      { side: "civilians", low: 3, location: "Qamishli", periodStart: "2015-06-24" },
    ]);
  }
});
afterAll(() => db.drop());

type Row = { source: string; side: string; convention: string; period_end: Date; best: number; version: string };

/** The event's own estimates by side and convention, with their row versions. */
async function eventRows(): Promise<Map<string, { version: string; best: number }>> {
  const rows = await db.prisma.$queryRaw<{ key: string; version: string; best: number }[]>`
    SELECT s.key || '|' || x.convention AS key, x.xmin::text AS version, x.best FROM event_estimates x JOIN sides s ON s.id = x.side_id`;
  return new Map(rows.map((r) => [r.key, { version: r.version, best: r.best }]));
}

/** Every source's rows of the event, by source name, with the row version (xmin) that names a write. */
async function sourceRows(): Promise<Map<string, Row>> {
  const rows = await db.prisma.$queryRaw<Row[]>`
    SELECT x.source_kind || ':' || COALESCE(o.name, cl.name) AS source, s.key AS side, x.convention, x.period_end, x.best, x.xmin::text AS version
    FROM source_event_estimates x JOIN sides s ON s.id = x.side_id
    LEFT JOIN outlets o ON x.source_kind = 'outlet' AND o.id = x.source_id
    LEFT JOIN claimants cl ON x.source_kind = 'claimant' AND cl.id = x.source_id`;
  return new Map(rows.map((r) => [`${r.source}|${r.side}|${r.convention}`, r]));
}

describe("ingest's refresh of the per-source estimates", () => {
  it("remakes only the rows of the side, outlet and claimant that added claims to the event; the others keep their row version", async () => {
    const before = await sourceRows();
    const eventBefore = await eventRows();
    expect([...before.keys()].filter((k) => k.includes(":ARA News|regime|"))).toHaveLength(4); // as outlet and as claimant, under two conventions
    await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26" }, [{ side: "regime", low: 20, location: "Qamishli", periodStart: "2015-06-24" }]);
    const after = await sourceRows();
    const changed = [...after].filter(([k, r]) => before.get(k)?.version !== r.version).map(([k]) => k.split("|").slice(0, 2).join("|"));
    expect(new Set(changed)).toEqual(new Set(["outlet:SOHR|regime", "outlet:SOHR|civilians", "claimant:SOHR|regime", "claimant:SOHR|civilians"]));
    expect(after.get("outlet:SOHR|regime|literal-v1")!.best).toBe(20); // the latest statement of its claimant wins
    expect(after.get("outlet:ARA News|regime|literal-v1")).toEqual(before.get("outlet:ARA News|regime|literal-v1"));
    const eventAfter = await eventRows();
    expect([...eventAfter].filter(([k, r]) => eventBefore.get(k)?.version !== r.version).map(([k]) => k).sort()).toEqual(["regime|acled", "regime|literal-v1"]);
    expect(eventAfter.get("regime|literal-v1")!.best).toBe(15); // the median of SOHR's latest 20, ARA News' 15 and Rudaw's 9
    await expectEstimatesCurrent(db.prisma);
  });

  it("remakes every source's rows when the new claims widen the event's period, which each row carries", async () => {
    await seedReport(db.prisma, { outlet: "Kurdistan 24", published: "2015-06-27" }, [
      { side: "regime", low: 30, location: "Qamishli", periodStart: "2015-06-24", periodEnd: "2015-06-26" },
    ]);
    const after = await sourceRows();
    expect(after.get("claimant:ARA News|civilians|literal-v1")!.period_end.toISOString().slice(0, 10)).toBe("2015-06-26");
    expect(new Set([...after.values()].map((r) => r.period_end.toISOString().slice(0, 10)))).toEqual(new Set(["2015-06-26"]));
    await expectEstimatesCurrent(db.prisma);
  });
});
