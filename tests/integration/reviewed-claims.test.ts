// How many of the claims a view shows an editor has reviewed (the claims and about pages say so).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { countReviewedClaims } from "@/lib/queries/count-reviewed-claims";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR" }, [
    { side: "regime", low: 30, quote: "30 soldiers" },
    { side: "is", low: 20, quote: "20 IS members" },
    { side: "civilians", low: 3, quote: "3 civilians" },
  ]);
  const claims = await db.prisma.claim.findMany({ orderBy: { id: "asc" } });
  await db.prisma.claim.update({ where: { id: claims[0].id }, data: { reviewStatus: "accepted" } });
  await db.prisma.claim.update({ where: { id: claims[1].id }, data: { reviewStatus: "corrected" } });
  await db.prisma.claim.update({ where: { id: claims[2].id }, data: { reviewStatus: "rejected" } });
  await seedReport(db.prisma, { outlet: "ARA News" }, [{ side: "regime", low: 40, quote: "40 soldiers" }]);
});
afterAll(() => db.drop());

describe("countReviewedClaims", () => {
  it("counts the claims shown (rejected ones are hidden) and those an editor accepted or corrected", async () => {
    expect(await countReviewedClaims(DEFAULT_FILTERS)).toEqual({ shown: 3, reviewed: 2, addedByHand: 0 });
  });

  it("follows the view's filters", async () => {
    expect(await countReviewedClaims({ ...DEFAULT_FILTERS, side: ["regime"] })).toEqual({ shown: 2, reviewed: 1, addedByHand: 0 });
    expect(await countReviewedClaims({ ...DEFAULT_FILTERS, outlet: ["ARA News"] })).toEqual({ shown: 1, reviewed: 0, addedByHand: 0 });
  });
});
