// The dashboard's public API on a real database, with claims written for the tests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/claims/route";
import { GET as getClaimsCsv } from "@/app/api/claims.csv/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getComparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;

type Handler = (request: Request, context: never) => Promise<Response>;
async function call(handler: Handler, query = ""): Promise<Response> {
  return handler(new Request(`http://localhost/api/x${query}`), undefined as never);
}
async function json<T = any>(handler: Handler, query = ""): Promise<T> {
  const res = await call(handler, query);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

beforeAll(async () => {
  db = await createTestDatabase();
  // One battle in al-Hasakah on 25 June 2015, reported three ways.
  await seedReport(db.prisma, { outlet: "SOHR" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    { side: "is", low: 20, quote: "20 IS members" },
  ]);
  await seedReport(db.prisma, { outlet: "ARA News", published: "2015-06-26" }, [
    { side: "regime", low: 71, high: 71, claimant: "ARA News", quote: "71 soldiers were killed" },
    { side: "is", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", claimant: "ARA News", quote: "dozens of IS militants died" },
  ]);
  // An outlet repeating SOHR's figure is SOHR's claim again.
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-06-27" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", claimant: "SOHR", quote: "SOHR said at least 30 soldiers died" },
  ]);
  // Another month, another place.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-07-10" }, [
    { side: "civilians", low: 3, location: "al-Shaddadi", periodStart: "2015-07-09", quote: "3 civilians killed" },
    { side: "civilians", low: 2, outcome: "wounded", location: "al-Shaddadi", periodStart: "2015-07-09", quote: "2 civilians wounded" },
  ]);
  // A claim with no known period: listed, not charted.
  await seedReport(db.prisma, { outlet: "=HYPERLINK(\"http://evil\")", published: null }, [
    { side: "regime", low: 5, periodStart: null, periodEnd: null, quote: "5 soldiers died" },
  ]);
});
afterAll(() => db.drop());

describe("GET /api/timeseries", () => {
  it("sums low, best and high over distinct events per month and side, keeping 'at least' open", async () => {
    const body = await json(getTimeseries);
    const june = body.points.filter((p: any) => p.bin === "2015-06-01");
    const regime = june.find((p: any) => p.side === "regime");
    // SOHR (at least 30, repeated by Rudaw: one claimant) and ARA News (71): low 30, high 71, best = lower median 30.
    expect(regime).toMatchObject({ low: 30, best: 30, high: 71, highOpen: false, events: 1 });
    const is = june.find((p: any) => p.side === "is");
    // 20 (SOHR) and dozens (24, open-ended under literal-v1): high 24+ is open.
    expect(is).toMatchObject({ low: 20, best: 20, high: 24, highOpen: true });
    expect(body.undatedClaims).toBe(1);
  });

  it("reads vague words by ACLED's convention when asked (dozens = 12)", async () => {
    const body = await json(getTimeseries, "?convention=acled&side=is");
    expect(body.points).toEqual([expect.objectContaining({ bin: "2015-06-01", side: "is", low: 12, best: 12, high: 20, highOpen: false })]);
  });

  it("combines filters: one outlet and one side", async () => {
    const body = await json(getTimeseries, "?outlet=SOHR&side=regime");
    expect(body.points.filter((p: any) => p.best !== null)).toEqual([expect.objectContaining({ bin: "2015-06-01", side: "regime", low: 30, high: 30, highOpen: true })]);
  });

  it("shows an empty month between two as nulls, not zeros", async () => {
    const body = await json(getTimeseries, "?bin=week&side=civilians&side=regime");
    const gap = body.points.find((p: any) => p.bin === "2015-06-29" && p.side === "regime");
    expect(gap).toMatchObject({ low: null, best: null, high: null, events: 0 });
  });

  it.each([
    ["?side=regime%27%3B%20DROP%20TABLE%20claims%3B--", /Parameter `side`/],
    ["?from=2015-13-01", /Parameter `from`/],
    ["?from=2015-07-01&to=2015-06-01", /Parameter `from` must not be after `to`/],
    ["?bin=year", /Parameter `bin`/],
    ["?convention=gut-feeling", /Parameter `convention`/],
    ["?colour=red", /Unknown parameter `colour`/],
  ])("answers 400 naming the parameter for %s", async (query, message) => {
    const res = await call(getTimeseries, query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(message);
  });

  it("treats SQL-looking outlet names as data", async () => {
    const body = await json(getTimeseries, `?outlet=${encodeURIComponent("SOHR' OR '1'='1")}`);
    expect(body.points).toEqual([]);
    expect(await db.prisma.claim.count()).toBe(8);
  });
});

describe("GET /api/comparison", () => {
  it("gives one row per event, side and outcome with each outlet's figure", async () => {
    const body = await json(getComparison, "?sort=date&dir=asc");
    const regime = body.rows.find((r: any) => r.side === "regime" && r.periodStart === "2015-06-25");
    expect(Object.keys(regime.cells).sort()).toEqual(["ARA News", "Rudaw", "SOHR"]);
    expect(regime.cells["SOHR"]).toMatchObject({ low: 30, high: null, numberText: "at least 30" });
    expect(regime).toMatchObject({ low: 30, best: 30, high: 71, claimantCount: 2, spread: 41, disputed: true });
    expect(body.total).toBe(4);
  });

  it("compares by claimant: Rudaw repeating SOHR is SOHR's column", async () => {
    const body = await json(getComparison, "?by=claimant&side=regime");
    expect(body.sources).toEqual(["ARA News", "SOHR"]);
  });

  it("sorts by spread, largest first", async () => {
    const body = await json(getComparison, "?sort=spread&dir=desc");
    const spreads = body.rows.map((r: any) => r.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });
});

describe("GET /api/uncertainty", () => {
  it("lists events with the largest disagreement first, each with all its claims", async () => {
    const body = await json(getUncertainty);
    expect(body.rows[0]).toMatchObject({ side: "regime", low: 30, high: 71 });
    expect(body.rows[0].claims).toHaveLength(3);
  });
});

describe("GET /api/claims and /api/claims.csv", () => {
  it("pages and sorts on the server", async () => {
    const first = await json(getClaims, "?sort=low&dir=desc&pageSize=3");
    expect(first.total).toBe(8);
    expect(first.rows.map((r: any) => r.low)).toEqual([71, 30, 30]);
    const second = await json(getClaims, "?sort=low&dir=desc&pageSize=3&page=2");
    expect(second.rows.map((r: any) => r.low)).toEqual([24, 20, 5]);
  });

  it("the CSV holds the same claims as the JSON, row for row", async () => {
    const all = await json(getClaims, "?sort=report&dir=asc&pageSize=500");
    const res = await call(getClaimsCsv);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="claims.csv"');
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,reportId,reportTitle,outlet,claimant,side,outcome,qualifier,numberText,low,high,point,location,periodStart,periodEnd,scope,eventId,spanStart,spanEnd,locationAsWritten,quote");
    const ids = lines.slice(1).map((l) => Number(l.split(",")[0]));
    expect(ids.sort((a, b) => a - b)).toEqual(all.rows.map((r: any) => r.id).sort((a: number, b: number) => a - b));
  });

  it("names the file after the filters and neutralises formula cells", async () => {
    const res = await call(getClaimsCsv, "?side=regime&from=2015-01-01");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="claims_side-regime_2015-01-01_end.csv"');
    const undated = await call(getClaimsCsv);
    const text = await undated.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe("GET /api/comparison.csv", () => {
  it("writes every source's figure in one cell, as the screen does, then the estimate", async () => {
    const res = await call(getComparisonCsv, "?side=regime");
    const [header, ...rows] = (await res.text()).trimEnd().split("\r\n");
    expect(header).toBe("eventId,periodStart,periodEnd,place,side,outcome,scope,figures,low,best,high,highOpen,claimants,spread,disputed");
    expect(rows).toHaveLength(1);
    // Lowest figure first (Rudaw and SOHR both say "at least 30"), each as the screen writes it.
    expect(rows[0]).toMatch(/,2015-06-25,2015-06-25,al-Hasakah,regime,killed,incident,Rudaw ≥30 · SOHR ≥30 · ARA News 71,30,30,71,false,2,41,true$/);
  });

  it("keeps a vague word beside its figure, as on screen: ≥24 (dozens)", async () => {
    const text = await (await call(getComparisonCsv, "?side=is")).text();
    expect(text).toContain(",SOHR 20 · ARA News ≥24 (dozens),");
  });

  it("adds a column for each source the reader picked, with the same cell text", async () => {
    const res = await call(getComparisonCsv, "?side=is&column=ARA+News&column=SOHR");
    const [header, row] = (await res.text()).trimEnd().split("\r\n");
    expect(header).toBe("eventId,periodStart,periodEnd,place,side,outcome,scope,figures,ARA News,SOHR,low,best,high,highOpen,claimants,spread,disputed");
    expect(row).toContain(",SOHR 20 · ARA News ≥24 (dozens),≥24 (dozens),20,");
  });
});
