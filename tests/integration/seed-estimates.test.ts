// What a newcomer sees on the overview after the first start: the seed reports'
// claims reconciled into per-side low, best and high.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { getSideTotals } from "@/lib/queries/get-side-totals";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR } from "../fixtures/shared-corpus";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await ingestReportFiles(db.prisma, [SEEDS_DIR]);
});
afterAll(() => db.drop());

describe("the seed corpus, reconciled", () => {
  it("gives the expected killed per side over distinct incident events", async () => {
    const totals = await getSideTotals(DEFAULT_FILTERS, "killed");
    const bySide = Object.fromEntries(totals.sides.map((t) => [t.side, { low: t.low, best: t.best, high: t.high, open: t.highOpen, events: t.events }]));
    expect(bySide).toEqual({
      // at least 30 (SOHR, 25 June, al-Hasakah) + Ten (ARA News, al-Kahraba roundabout) + scores of = 40 (Rudaw, 8 July)
      regime: { low: 80, best: 80, high: 80, open: true, events: 3 },
      // 20 (SOHR, 25 June) + at least 43 (SOHR, al-Shaddadi, late May); "at least five" near Tel Zuayter has no known date
      is: { low: 63, best: 63, high: 63, open: true, events: 2 },
      // 3 (al-Shaddadi, late May) + two (Aziziyah, 25 June)
      civilians: { low: 5, best: 5, high: 5, open: false, events: 2 },
    });
    // The headline's "50 deaths in the clashes" is no card of its own: it counts the same dead as that event's sides.
    expect(totals.allSides).toEqual({ low: 148, best: 148, high: 148, highOpen: true, events: 4 });
    expect(totals.unattributed).toEqual({ low: 0, best: 0, high: 0 });
  });

  it("charts them by month, cumulative totals ('since May 30') left out", async () => {
    const res = await getTimeseries(new Request("http://localhost/api/timeseries?side=regime&side=is"), undefined as never);
    const body = await res.json();
    const cells = body.points.map((p: { bin: string; side: string; best: number | null }) => `${p.bin} ${p.side} ${p.best}`);
    expect(cells).toEqual(["2015-05-01 is 43", "2015-05-01 regime null", "2015-06-01 is 20", "2015-06-01 regime 40", "2015-07-01 is null", "2015-07-01 regime 40"]);
  });
});
