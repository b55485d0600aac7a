// Which claims form one event is decided once, by findEventToJoin in lib/reconciliation:
// ingest runs it against the stored events, groupClaimsIntoEvents (the specification)
// runs it over all claims in arrival order. These tests go through the real write path
// into a real PostgreSQL and hold the stored events against the specification.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { createReportsWithClaims } from "@/lib/mutations/create-reports-with-claims";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { mergeEvents, splitEvent } from "@/lib/mutations/regroup-events";
import { getProfile } from "@/lib/profiles";
import { groupClaimsIntoEvents, type ClaimInput } from "@/lib/reconciliation";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { claimSpec, seedReport, type ClaimSpec } from "../fixtures/factories";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const RAMADAN = `title: Ramadan's toll
outlet: Syrian Network for Human Rights (SNHR)
url: https://example.org/issue-13/ramadan
published: 2014-07-28

SNHR has documented the killing of 2378 people from both sides across Syria during Ramadan, between June 28 and July 27.
`;
const WHOLE_WAR = `title: Five years of war
outlet: Al-Alam News Network
url: https://example.org/issue-13/whole-war
published: 2016-02-24

The conflict, which flared in March 2011, has claimed the lives of some 470,000 people, according to the Syrian Center for Policy Research.
`;

describe("npm run ingest on a month's total and a whole war's total", () => {
  it("keeps SNHR's 2,378 deaths in Ramadan 2014 and 'some 470,000' since March 2011 in two events", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "issue-13-"));
    await writeFile(path.join(dir, "1-ramadan.txt"), RAMADAN);
    await writeFile(path.join(dir, "2-whole-war.txt"), WHOLE_WAR);
    const summary = await ingestReportFiles(db.prisma, [dir]);
    expect(summary.failed).toEqual([]);
    const claims = await db.prisma.claim.findMany({
      where: { reportId: { in: summary.created.map((c) => c.reportId) } },
      select: { low: true, scope: true, placeId: true, periodStart: true, periodEnd: true, side: { select: { key: true } }, event: { select: { id: true, periodStart: true, periodEnd: true } } },
      orderBy: { id: "asc" },
    });
    const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
    // The same side, the same place (the country: "across Syria", and a toll of the whole war),
    // overlapping periods: only the period rule keeps them apart.
    const syria = await db.prisma.place.findFirstOrThrow({ where: { name: "Syria" }, select: { id: true } });
    expect(claims.map((c) => [c.low, c.scope, c.side.key, c.placeId, day(c.periodStart), day(c.periodEnd)])).toEqual([
      [2378, "cumulative", "mixed", syria.id, "2014-06-28", "2014-07-27"],
      [470000, "cumulative", "mixed", syria.id, "2011-03-01", "2016-02-24"],
    ]);
    const [ramadan, war] = claims;
    expect(ramadan.event!.id).not.toBe(war.event!.id);
    expect([day(ramadan.event!.periodStart), day(ramadan.event!.periodEnd)]).toEqual(["2014-06-28", "2014-07-27"]);
    expect([day(war.event!.periodStart), day(war.event!.periodEnd)]).toEqual(["2011-03-01", "2016-02-24"]);
    // Nor does any estimate put the two figures in one range.
    const spanning = await db.prisma.eventEstimate.findMany({ where: { low: { lte: 2378 }, high: { gte: 470000 } } });
    expect(spanning).toEqual([]);
  });
});

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const CUMULATIVE_PERIODS = [
  ["2015-06-01", "2015-06-30"], // June
  ["2015-06-03", "2015-06-30"], // "since June 3": 28 of 30 days, the same total
  ["2015-06-16", "2015-06-30"], // half of June: another total
  ["2014-06-28", "2014-07-27"], // Ramadan 2014
  ["2011-03-01", "2016-02-24"], // the whole war
  ["2011-03-15", "2016-02-24"], // the whole war, from mid-March
] as const;

function generatedReport(random: () => number): ClaimSpec[] {
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => {
    const kind = pick(["placed", "placed", "placed", "placeless", "cumulative", "cumulative", "undated"] as const);
    const base: ClaimSpec = { side: pick(["regime", "is", "kurdish", "mixed"]), low: 1 + Math.floor(random() * 50), claimant: pick(["SOHR", "SANA", "YPG media office"]), quote: `claim ${i} ${random()}` };
    if (kind === "undated") return { ...base, periodStart: null, periodEnd: null };
    if (kind === "cumulative") {
      const [periodStart, periodEnd] = pick(CUMULATIVE_PERIODS);
      return { ...base, scope: "cumulative", periodStart, periodEnd, location: pick(["al-Hasakah", null]) };
    }
    const start = 20 + Math.floor(random() * 8);
    const end = start + pick([0, 0, 0, 1, 2]);
    return { ...base, periodStart: `2015-06-${start}`, periodEnd: `2015-06-${end}`, location: kind === "placeless" ? null : pick(["al-Hasakah", "Qamishli", "Kobani"]) };
  });
}

async function storedClaimsAsInput(): Promise<ClaimInput[]> {
  const rows = await db.prisma.claim.findMany({ include: { outlet: true, claimant: true, side: true, place: true }, orderBy: { id: "asc" } });
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  return rows.map((c) => ({
    id: c.id, reportId: c.reportId, outlet: c.outlet.name, claimant: c.claimant.name, side: c.side.key, outcome: c.outcome, qualifier: c.qualifier,
    low: c.low, high: c.high, point: c.point, periodStart: day(c.periodStart), periodEnd: day(c.periodEnd), place: c.place?.name ?? null, scope: c.scope,
    publishedOn: day(c.publishedOn), reviewStatus: c.reviewStatus, eventId: c.eventId, eventPinned: c.eventPinned,
  }));
}

/** The stored events as sets of claim ids (a claim in no event, being undated, alone), with their periods. */
async function storedPartition(): Promise<string[]> {
  const rows = await db.prisma.claim.findMany({ select: { id: true, eventId: true, event: { select: { periodStart: true, periodEnd: true, isManual: true } } }, orderBy: { id: "asc" } });
  const groups = new Map<string, { ids: number[]; period: string }>();
  for (const r of rows) {
    const key = r.eventId === null ? `none:${r.id}` : `event:${r.eventId}`;
    const period = r.event && !r.event.isManual ? `${r.event.periodStart?.toISOString().slice(0, 10)}..${r.event.periodEnd?.toISOString().slice(0, 10)}` : "-";
    groups.set(key, { ids: [...(groups.get(key)?.ids ?? []), r.id], period });
  }
  return [...groups.values()].map((g) => `${g.ids.join(",")} ${g.period}`).sort();
}

async function specifiedPartition(): Promise<string[]> {
  return groupClaimsIntoEvents(await storedClaimsAsInput())
    .map((g) => `${g.claimIds.join(",")} ${g.isPinned || g.undated ? "-" : `${g.periodStart}..${g.periodEnd}`}`)
    .sort();
}

describe("events stored by ingest and groupClaimsIntoEvents", () => {
  it("are the same events, with the same periods, on every kind of claim", async () => {
    const random = rng(13);
    for (let r = 0; r < 80; r++) await seedReport(db.prisma, { outlet: `Outlet ${r % 4}` }, generatedReport(random));
    expect(await storedPartition()).toEqual(await specifiedPartition());

    // The data has what the rule is about: totals that met and totals kept apart, undated claims.
    const cumulativeEvents = await db.prisma.event.findMany({ where: { scope: "cumulative", datasetId: null }, select: { _count: { select: { claims: true } } } });
    expect(cumulativeEvents.some((e) => e._count.claims >= 2)).toBe(true);
    expect(cumulativeEvents.length).toBeGreaterThanOrEqual(8);
    expect(await db.prisma.claim.count({ where: { periodStart: null } })).toBeGreaterThan(0);
    expect(await db.prisma.claim.count({ where: { placeId: null, periodStart: { not: null }, scope: "incident" } })).toBeGreaterThan(0);
  });

  it("keep an editor's merged and split events as pinned, and never let a new claim join them", async () => {
    const random = rng(1307);
    const user = await db.prisma.user.create({ data: { email: "grouping@example.org", passwordHash: "x" }, select: { id: true } });
    const incidents = await db.prisma.event.findMany({ where: { scope: "incident", datasetId: null }, select: { id: true, claims: { select: { id: true } } }, orderBy: { id: "asc" } });
    const [a, b] = incidents;
    await mergeEvents(db.prisma, [a.id, b.id], user.id);
    const big = incidents.find((e) => e.id !== a.id && e.id !== b.id && e.claims.length >= 2)!;
    await splitEvent(db.prisma, big.id, [big.claims[0].id], user.id);
    const lastBefore = (await db.prisma.claim.aggregate({ _max: { id: true } }))._max.id!;

    for (let r = 0; r < 40; r++) await seedReport(db.prisma, { outlet: `Outlet ${r % 4}` }, generatedReport(random));

    const pinnedInSpecification = groupClaimsIntoEvents(await storedClaimsAsInput()).filter((g) => g.isPinned).map((g) => g.claimIds.join(",")).sort();
    const manual = await db.prisma.event.findMany({ where: { isManual: true }, select: { claims: { select: { id: true, eventPinned: true }, orderBy: { id: "asc" } } } });
    expect(manual.map((e) => e.claims.map((c) => c.id).join(",")).sort()).toEqual(pinnedInSpecification);
    expect(manual).toHaveLength(3);
    expect(manual.flatMap((e) => e.claims).every((c) => c.eventPinned && c.id <= lastBefore)).toBe(true);
  });
});

describe("reports stored together in one transaction (npm run ingest, concurrent POST /api/reports)", () => {
  // A database of their own: the editor's merges and splits above are not what this is about.
  let shared: TestDatabase;
  beforeAll(async () => {
    shared = db;
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
    db = shared;
  });

  it("form the same events as the specification, as if stored one by one, with current estimates", async () => {
    const random = rng(4242);
    const profile = getProfile();
    // Some stored one by one first, so the batch meets stored events as well as its own.
    for (let r = 0; r < 30; r++) await seedReport(db.prisma, { outlet: `Outlet ${r % 4}` }, generatedReport(random));
    const items = Array.from({ length: 60 }, (_, r) => ({
      report: { title: `Batch ${r}`, outlet: `Outlet ${r % 4}`, url: null, published: "2015-06-25", publishedPrecision: "day" as const, text: `batch report ${r} ${random()}`, sourceFile: null },
      claims: generatedReport(random).map((c) => claimSpec({ claimant: `Outlet ${r % 4}`, ...c })),
      extractor: { name: "test", version: "0" },
    }));
    const before = await db.prisma.report.count();
    const outcomes = await createReportsWithClaims(items, { profile, sideIds: await ensureProfileSides(db.prisma, profile) });
    expect(outcomes.map((o) => o.status)).toEqual(items.map(() => "created"));
    expect(await db.prisma.report.count()).toBe(before + 60);
    expect(await storedPartition()).toEqual(await specifiedPartition());
    await expectEstimatesCurrent(db.prisma);
  });

  it("store the good reports of a batch when one is refused, and name the refused one", async () => {
    const profile = getProfile();
    const report = (n: number) => ({ title: `Isolated ${n}`, outlet: "Isolation", url: null, published: "2015-06-25", publishedPrecision: "day" as const, text: `isolated report ${n}`, sourceFile: null });
    const good = (n: number) => ({ report: report(n), claims: [claimSpec({ side: "is", low: 3, quote: `fine ${n}`, periodStart: "2015-06-25", periodEnd: "2015-06-25" })], extractor: { name: "test", version: "0" } });
    const bad = { report: report(2), claims: [claimSpec({ side: "regime", low: 10, high: 5, quote: "broken" })], extractor: { name: "test", version: "0" } };
    const outcomes = await createReportsWithClaims([good(1), bad, good(3), good(1)], { profile, sideIds: await ensureProfileSides(db.prisma, profile) });
    expect(outcomes.map((o) => o.status)).toEqual(["created", "failed", "created", "duplicate"]);
    expect(String((outcomes[1] as { error: Error }).error.message)).toMatch(/claims_high_check/);
    expect(await db.prisma.report.findMany({ where: { outlet: { name: "Isolation" } }, select: { title: true }, orderBy: { id: "asc" } })).toEqual([{ title: "Isolated 1" }, { title: "Isolated 3" }]);
    await expectEstimatesCurrent(db.prisma);
  });
});
