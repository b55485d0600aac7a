// The all-sides totals kept per event on write (event_totals) are what the on-the-fly
// rule gives from the per-side estimates: the sides' sum, or the "mixed" total when larger.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "@/lib/filters/filter-schema";
import { updateClaim } from "@/lib/mutations/update-claim";
import { getProfile } from "@/lib/profiles";
import { getNewsTotalsByPeriod } from "@/lib/queries/get-news-totals-by-period";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;
const everySide: Filters = { ...DEFAULT_FILTERS, side: getProfile().sides.map((s) => s.key) }; // a side filter: computed from the sides on the fly

beforeAll(async () => {
  db = await createTestDatabase();
  // One battle: 30+ regime and 20 IS, and someone's "50 from both sides"; another day, 7 civilians.
  await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 30, high: null }, { side: "is", low: 20 }]);
  await seedReport(db.prisma, { outlet: "ARA News" }, [{ side: "mixed", low: 50, claimant: "ARA News" }]);
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-07-02" }, [{ side: "civilians", low: 7, periodStart: "2015-07-01", location: "Qamishli", claimant: "Rudaw" }]);
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-07-03" }, [{ side: "regime", low: 60, periodStart: "2015-06-26", periodEnd: "2015-07-02", location: "Tel Tamr", claimant: "Rudaw" }]);
});
afterAll(() => db.drop());

describe("event_totals", () => {
  it("holds, per event, the larger of the sides' sum and the mixed total", async () => {
    const day = await getNewsTotalsByPeriod(DEFAULT_FILTERS, "day", "killed");
    expect(day.find((p) => p.bin === "2015-06-25")).toMatchObject({ low: 50, best: 50, events: 1 }); // max(30 + 20, 50)
    expect(day.find((p) => p.bin === "2015-07-01")).toMatchObject({ best: 7 });
  });

  it("agrees with the on-the-fly totals by day, by month and spread, and after an editor's correction", async () => {
    for (const [bin, placement] of [["day", "start"], ["month", "start"], ["week", "spread"]] as const) {
      expect(await getNewsTotalsByPeriod(DEFAULT_FILTERS, bin, "killed", placement)).toEqual(await getNewsTotalsByPeriod(everySide, bin, "killed", placement));
    }
    const user = await createOrUpdateUser(db.prisma, "e@example.org", "correct horse battery", "editor");
    const regime = await db.prisma.claim.findFirstOrThrow({ where: { side: { key: "regime" }, outlet: { name: "SOHR" } } });
    await updateClaim(db.prisma, regime.id, { version: regime.version, low: 45, high: 45, qualifier: "exact" }, user.id);
    const after = await getNewsTotalsByPeriod(DEFAULT_FILTERS, "day", "killed");
    expect(after.find((p) => p.bin === "2015-06-25")).toMatchObject({ best: 65 }); // 45 + 20 now beats 50
    expect(after).toEqual(await getNewsTotalsByPeriod(everySide, "day", "killed"));
  });
});
