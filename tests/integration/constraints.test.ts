// The database itself refuses what must never be stored, whoever writes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

let db: TestDatabase;
let base: { reportId: number; claimantId: number; sideId: number; outletId: number };

beforeAll(async () => {
  db = await createTestDatabase();
  const outlet = await db.prisma.outlet.create({ data: { name: "Test Outlet" } });
  const report = await db.prisma.report.create({
    data: { outletId: outlet.id, title: "t", text: "Ten fighters were killed.", textHash: "a".repeat(64) },
  });
  const claimant = await db.prisma.claimant.create({ data: { name: "Test Outlet" } });
  const side = await db.prisma.side.create({ data: { profileId: "test", key: "regime", label: "Regime", colour: "#000" } });
  base = { reportId: report.id, claimantId: claimant.id, sideId: side.id, outletId: outlet.id };
});
afterAll(() => db.drop());

function claim(overrides: Record<string, unknown>) {
  return db.prisma.claim.create({
    data: { ...base, outcome: "killed", qualifier: "exact", low: 10, high: 10, point: 10, numberText: "Ten", quote: "Ten fighters were killed.", spanStart: 0, spanEnd: 25, ...overrides },
  });
}

describe("database constraints", () => {
  it("stores a well-formed claim and keeps 'at least' open at the top", async () => {
    const row = await claim({ qualifier: "at_least", low: 30, high: null, point: 30 });
    expect(row.high).toBeNull();
  });

  it("refuses a negative count", async () => {
    await expect(claim({ low: -1, point: 0 })).rejects.toThrow(/claims_low_check/);
  });

  it("refuses an upper bound below the lower bound", async () => {
    await expect(claim({ low: 10, high: 5 })).rejects.toThrow(/claims_high_check/);
  });

  it("refuses a quote span that does not run forward", async () => {
    await expect(claim({ spanStart: 10, spanEnd: 10 })).rejects.toThrow(/claims_span_check/);
  });

  it("refuses a claim of a report that does not exist", async () => {
    await expect(claim({ reportId: 999_999 })).rejects.toThrow(/Foreign key|foreign key/);
  });

  it("never stores the same report text twice", async () => {
    const outlet = await db.prisma.outlet.findFirstOrThrow();
    await expect(
      db.prisma.report.create({ data: { outletId: outlet.id, title: "again", text: "other", textHash: "a".repeat(64) } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
