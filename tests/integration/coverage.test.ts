// The coverage view's API on a real database: reports per month and outlet and per
// place, beside the claimed figures, so that no news can be told from no deaths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCoverage } from "@/app/api/coverage/route";
import { GET as getCoverageCsv } from "@/app/api/coverage.csv/route";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

type Handler = (request: Request, context: never) => Promise<Response>;
const call = (handler: Handler, query = "") => handler(new Request(`http://localhost/api/x${query}`), undefined as never);
async function json<T = any>(query = ""): Promise<T> {
  const res = await call(getCoverage, query);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

beforeAll(async () => {
  db = await createTestDatabase();
  // June 2015: two outlets report deaths in al-Hasakah.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-25" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    { side: "is", low: 20, quote: "20 IS members" },
  ]);
  await seedReport(db.prisma, { outlet: "ARA News", published: "2015-06-26" }, [{ side: "regime", low: 40, quote: "40 soldiers were killed" }]);
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-28" }, [{ side: "civilians", low: 3, location: "al-Shaddadi", periodStart: "2015-06-27", quote: "3 civilians killed" }]);
  // July 2015: nothing published. Its deaths are claimed in September.
  // August 2015: a report, but it claims only wounded.
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-08-03" }, [
    { side: "civilians", low: 7, outcome: "wounded", periodStart: "2015-08-02", quote: "7 civilians were wounded" },
  ]);
  // September 2015: looks back at July.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-09-10" }, [
    { side: "regime", low: 12, location: "al-Shaddadi", periodStart: "2015-07-14", quote: "12 soldiers were killed in July" },
  ]);
});
afterAll(() => db.drop());

describe("GET /api/coverage", () => {
  it("counts reports per month and outlet, every month from the first to the last, 0 where nothing was published", async () => {
    const body = await json();
    expect(body.outcome).toBe("killed");
    expect(body.months.map((m: any) => m.month)).toEqual(["2015-06", "2015-07", "2015-08", "2015-09"]);
    const [june, july, august, september] = body.months;
    expect(june).toMatchObject({ reports: 3, reportsWithClaims: 3, byOutlet: { SOHR: 2, "ARA News": 1 } });
    expect(july).toMatchObject({ reports: 0, byOutlet: {} });
    expect(august).toMatchObject({ reports: 1, byOutlet: { Rudaw: 1 } });
    expect(september).toMatchObject({ reports: 1, byOutlet: { SOHR: 1 } });
    expect(body.outlets).toEqual([{ name: "SOHR", reports: 3 }, { name: "ARA News", reports: 1 }, { name: "Rudaw", reports: 1 }]);
    expect(body.reports).toBe(5);
  });

  it("sets the claimed deaths beside the counts: no news (July's deaths are claimed later) differs from no deaths (August)", async () => {
    const body = await json();
    const byMonth = Object.fromEntries(body.months.map((m: any) => [m.month, m]));
    // June: al-Hasakah's event (regime 30 and 40: best 30; IS 20), al-Shaddadi's civilians (3).
    expect(byMonth["2015-06"].figures).toMatchObject({ low: 53, best: 53, high: 63, events: 2 });
    expect(byMonth["2015-07"].figures).toMatchObject({ best: 12, events: 1 });
    expect(byMonth["2015-08"].figures).toBeNull();
    expect(byMonth["2015-09"].figures).toBeNull();
    const wounded = await json("?outcome=wounded");
    expect(wounded.months.find((m: any) => m.month === "2015-08").figures).toMatchObject({ best: 7 });
  });

  it("filters reports by outlet and date; a side filter changes the figures, never the report counts", async () => {
    const sohr = await json("?outlet=SOHR");
    expect(sohr.reports).toBe(3);
    expect(sohr.outlets).toEqual([{ name: "SOHR", reports: 3 }]);
    const june = await json("?from=2015-06-01&to=2015-06-30");
    expect(june.months.map((m: any) => m.month)).toEqual(["2015-06"]);
    expect(june.reports).toBe(3);
    const regime = await json("?side=regime");
    expect(regime.reports).toBe(5);
    expect(regime.months[0]).toMatchObject({ reports: 3, figures: { best: 30, low: 30, high: 40 } });
  });

  it("counts the reports that speak of each place, with their outlets and months, beside the place's deaths", async () => {
    const body = await json();
    const hasakah = body.places.find((p: any) => p.place === "al-Hasakah");
    expect(hasakah).toMatchObject({ reports: 3, claims: 4, months: 2, firstMonth: "2015-06", lastMonth: "2015-08" });
    expect(hasakah.outlets).toEqual([{ name: "ARA News", reports: 1 }, { name: "Rudaw", reports: 1 }, { name: "SOHR", reports: 1 }]);
    expect(hasakah.figures).toMatchObject({ best: 50, events: 1 });
    const shaddadi = body.places.find((p: any) => p.place === "al-Shaddadi");
    expect(shaddadi).toMatchObject({ reports: 2, outlets: [{ name: "SOHR", reports: 2 }], figures: { best: 15, events: 2 } });
    // A place filter keeps the reports with a claim there.
    const there = await json("?place=al-Shaddadi");
    expect(there.reports).toBe(2);
    expect(there.places.map((p: any) => p.place)).toEqual(["al-Shaddadi"]);
  });

  it("answers 400 naming a bad parameter", async () => {
    for (const q of ["?from=2015-02-30", "?outcome=dead", "?table=month", "?nonsense=1"]) {
      const res = await call(getCoverage, q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.message).toMatch(/Parameter|parameter/);
    }
  });
});

describe("GET /api/coverage.csv", () => {
  it("writes the months with a column per outlet, 0 for no report and empty for no claimed figure", async () => {
    const res = await call(getCoverageCsv);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="coverage_by-month_outcome-killed.csv"');
    expect((await res.text()).trimEnd().split("\r\n")).toEqual([
      "month,reports,reportsWithClaims,low,best,high,highOpen,events,SOHR,ARA News,Rudaw",
      "2015-06,3,3,53,53,63,false,2,2,1,0",
      "2015-07,0,0,12,12,12,false,1,0,0,0",
      "2015-08,1,1,,,,,0,0,0,1",
      "2015-09,1,1,,,,,0,1,0,0",
    ]);
  });

  it("writes the places with their outlets' report counts", async () => {
    const text = await (await call(getCoverageCsv, "?table=place&place=al-Shaddadi")).text();
    expect(text.trimEnd().split("\r\n")).toEqual([
      "place,reports,claims,outlets,reportsByOutlet,months,firstMonth,lastMonth,low,best,high,highOpen,events",
      "al-Shaddadi,2,2,1,SOHR 2,2,2015-06,2015-09,15,15,15,false,2",
    ]);
  });

  it("answers 400 for a table it does not have", async () => {
    const res = await call(getCoverageCsv, "?table=outlet");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/Parameter `table`/);
  });
});
