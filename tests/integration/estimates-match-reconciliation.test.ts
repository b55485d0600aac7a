// The SQL that aggregates estimates (lib/sql/event-estimates.ts) and the
// TypeScript statement of the rules (lib/reconciliation) must agree. Many claims
// from a seeded generator go through the real write path; both compute low, best,
// high, open top, claimant count and disputed for every event, side and outcome.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getComparison } from "@/app/api/comparison/route";
import { estimatesAreMissing, rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { estimateEvents, type ClaimInput } from "@/lib/reconciliation";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport, type ClaimSpec } from "../fixtures/factories";

let db: TestDatabase;

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const random = rng(20150625);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const outlets = ["SOHR", "ARA News", "Rudaw", "SANA", "Kurdish Question"];
  const claimants = ["SOHR", "medical sources", "YPG media office", null];
  for (let r = 0; r < 40; r++) {
    const outlet = pick(outlets);
    const day = 20 + Math.floor(random() * 6);
    const claims: ClaimSpec[] = [];
    for (let c = 0; c < 1 + Math.floor(random() * 3); c++) {
      const low = Math.floor(random() * 60);
      const kind = pick(["exact", "at_least", "range", "vague"] as const);
      claims.push({
        side: pick(["regime", "is", "kurdish", "civilians"]),
        outcome: pick(["killed", "killed", "wounded"] as const),
        low,
        high: kind === "exact" ? low : kind === "range" ? low + Math.floor(random() * 30) : null,
        qualifier: kind,
        point: kind === "range" ? low + 5 : low,
        vagueTerm: kind === "vague" ? "dozens" : null,
        claimant: pick(claimants) ?? outlet,
        location: pick(["al-Hasakah", "Qamishli", "Kobani"]),
        periodStart: `2015-06-${day}`,
        periodEnd: `2015-06-${day}`,
        quote: `claim ${r}-${c}`,
      });
    }
    await seedReport(db.prisma, { outlet, published: `2015-06-${day + Math.floor(random() * 3)}` }, claims);
  }
});
afterAll(() => db.drop());

async function claimsAsReconciliationInput(): Promise<ClaimInput[]> {
  const rows = await db.prisma.claim.findMany({
    include: { outlet: true, claimant: true, side: true, place: true },
    orderBy: { id: "asc" },
  });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return rows.map((c) => ({
    id: c.id, reportId: c.reportId, outlet: c.outlet.name, claimant: c.claimant.name, side: c.side.key, outcome: c.outcome, qualifier: c.qualifier,
    // The SQL reads vague words through the convention (literal-v1's dozens = 24), unless an editor corrected the count.
    low: c.qualifier === "vague" && !c.countCorrected ? 24 : c.low, high: c.high, point: c.qualifier === "vague" && !c.countCorrected ? 24 : c.point,
    periodStart: day(c.periodStart), periodEnd: day(c.periodEnd), place: c.place?.name ?? null, scope: c.scope,
    publishedOn: day(c.publishedOn), reviewStatus: c.reviewStatus,
    // The database already grouped the claims; the library is asked for its estimates of those same events.
    eventId: c.eventId, eventPinned: c.eventId !== null,
  }));
}

describe("estimates in SQL and in lib/reconciliation", () => {
  it("agree on every event, side and outcome, whether kept current on write, rebuilt, or computed on the fly", async () => {
    await compare("?pageSize=500");
    const kept = await db.prisma.eventEstimate.count();
    await db.prisma.$executeRaw`TRUNCATE event_estimates`;
    expect(await estimatesAreMissing(db.prisma)).toBe(true);
    await rebuildAllEventEstimates(db.prisma);
    expect(await db.prisma.eventEstimate.count()).toBe(kept);
    await compare("?pageSize=500");
    // An outlet filter changes which claims count, so that path computes from the claims themselves.
    const outlets = (await db.prisma.outlet.findMany({ select: { name: true } })).map((o) => `outlet=${encodeURIComponent(o.name)}`).join("&");
    await compare(`?pageSize=500&${outlets}`);
  });
});

async function compare(query: string): Promise<void> {
  const res = await getComparison(new Request(`http://localhost/api/comparison${query}`), undefined as never);
  const sql = (await res.json()).rows as { eventId: number; side: string; outcome: string; low: number; best: number; high: number; highOpen: boolean; claimantCount: number; disputed: boolean }[];
  const lib = estimateEvents(await claimsAsReconciliationInput());
  const key = (eventId: number | null, side: string, outcome: string) => `${eventId}|${side}|${outcome}`;
  const fromLib = new Map(lib.map((e) => [key(e.eventId, e.side, e.outcome), e]));
  expect(sql.length).toBeGreaterThan(20);
  expect(sql.length).toBe(lib.length);
  for (const row of sql) {
    const expected = fromLib.get(key(row.eventId, row.side, row.outcome));
    expect(expected, `no library estimate for ${key(row.eventId, row.side, row.outcome)}`).toBeDefined();
    expect({ low: row.low, best: row.best, high: row.high, highOpen: row.highOpen, claimantCount: row.claimantCount, disputed: row.disputed }).toEqual({
      low: expected!.low, best: expected!.best, high: expected!.high, highOpen: expected!.highOpen, claimantCount: expected!.claimantCount, disputed: expected!.disputed,
    });
  }
}
