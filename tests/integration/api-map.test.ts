// The map's API on a real database: news claims summed per place and side at the
// profile's coordinates, a real UCDP file as a layer at its own coordinates, the
// places left off, filters, strict 400s, and the CSV of exactly the rows drawn.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getMap } from "@/app/api/map/route";
import { GET as getMapCsv } from "@/app/api/map.csv/route";
import { importDataset } from "@/lib/mutations/import-dataset";
import { getProfile } from "@/lib/profiles";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const GED23 = "UCDP GED 23.1 sample";
let db: TestDatabase;

type Handler = (request: Request, context: never) => Promise<Response>;
const call = (handler: Handler, query = "") => handler(new Request(`http://localhost/api/map${query}`), undefined as never);
async function json<T = any>(query = ""): Promise<T> {
  const res = await call(getMap, query);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}
type Row = { layer: string; kind: string; place: string; latitude: number; longitude: number; side: string; low: number; best: number; high: number; highOpen: boolean; events: number; claims: number; periodStart: string; periodEnd: string };
const news = (rows: Row[]) => rows.filter((r) => r.kind === "news");
const at = (rows: Row[], place: string, side: string) => rows.find((r) => r.place === place && r.side === side);
const sumBest = (rows: Row[]) => rows.reduce((n, r) => n + r.best, 0);

beforeAll(async () => {
  db = await createTestDatabase();
  // One battle in al-Hasakah on 25 June 2015, reported by two claimants.
  await seedReport(db.prisma, { outlet: "SOHR" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    { side: "is", low: 20, quote: "20 IS members" },
  ]);
  await seedReport(db.prisma, { outlet: "ARA News", published: "2015-06-26" }, [
    { side: "regime", low: 71, claimant: "ARA News", quote: "71 soldiers were killed" },
    { side: "is", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", claimant: "ARA News", quote: "dozens of IS militants died" },
  ]);
  // Another town, another month; and the wounded there.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-07-10" }, [
    { side: "civilians", low: 3, location: "al-Shaddadi", periodStart: "2015-07-09", quote: "3 civilians killed" },
    { side: "civilians", low: 2, outcome: "wounded", location: "al-Shaddadi", periodStart: "2015-07-09", quote: "2 civilians wounded" },
  ]);
  // A village the profile has no coordinates for, and a claim that names no place: left off, and said so.
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-08-02" }, [
    { side: "regime", low: 4, location: "Nashwa", periodStart: "2015-08-01", quote: "4 soldiers died in Nashwa" },
  ]);
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-09-02" }, [
    { side: "kurdish", low: 6, location: null, periodStart: "2015-09-01", quote: "6 YPG fighters died" },
  ]);
  // A cumulative total is compared, never added: not drawn.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-30" }, [
    { side: "regime", low: 500, scope: "cumulative", periodStart: "2015-06-01", periodEnd: "2015-06-30", quote: "500 soldiers since the start of June" },
  ]);
  const content = await readFile(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8");
  await importDataset(db.prisma, { content, fileName: "ucdp_ged_v23_1_sample1000.csv", name: GED23, country: "Syria", profile: getProfile() });
});
afterAll(() => db.drop());

describe("GET /api/map", () => {
  it("sums the news events per place and side at the profile's coordinates, largest first", async () => {
    const body = await json();
    expect(body.outcome).toBe("killed");
    expect(body.layers).toEqual(["News claims"]);
    const rows = news(body.rows);
    // SOHR's "at least 30" and ARA News's 71: low 30, best the lower median 30, high 71; two claims, one event.
    expect(at(rows, "al-Hasakah", "regime")).toMatchObject({ latitude: 36.502368, longitude: 40.747716, low: 30, best: 30, high: 71, highOpen: false, events: 1, claims: 2, periodStart: "2015-06-25", periodEnd: "2015-06-25" });
    expect(at(rows, "al-Hasakah", "is")).toMatchObject({ low: 20, best: 20, high: 24, highOpen: true, events: 1 });
    expect(at(rows, "al-Shaddadi", "civilians")).toMatchObject({ latitude: 36.056, longitude: 40.73, low: 3, best: 3, high: 3, events: 1, claims: 1 });
    expect(rows.map((r) => `${r.place}/${r.side}`)).toEqual(["al-Hasakah/regime", "al-Hasakah/is", "al-Shaddadi/civilians"]);
    // No data set unless asked for.
    expect(body.rows.every((r: Row) => r.kind === "news")).toBe(true);
  });

  it("lists the events it could not place, counted once per place, instead of drawing them", async () => {
    const body = await json();
    expect(body.leftOff).toEqual([
      { layer: "News claims", place: null, events: 1, best: 6 },
      { layer: "News claims", place: "Nashwa", events: 1, best: 4 },
    ]);
    expect(news(body.rows).some((r) => r.place === "Nashwa")).toBe(false);
  });

  it("follows the filters: side, dates and outcome change the rows", async () => {
    expect(news((await json("?side=is")).rows).map((r) => `${r.place}/${r.side}`)).toEqual(["al-Hasakah/is"]);
    expect(news((await json("?from=2015-07-01&to=2015-07-31")).rows).map((r) => `${r.place}/${r.side}`)).toEqual(["al-Shaddadi/civilians"]);
    const wounded = await json("?outcome=wounded");
    expect(wounded.outcome).toBe("wounded");
    expect(news(wounded.rows)).toEqual([expect.objectContaining({ place: "al-Shaddadi", side: "civilians", best: 2 })]);
    // Cumulative totals alone: nothing is drawn, and the answer says why.
    const cumulative = await json("?scope=cumulative");
    expect(cumulative.rows).toEqual([]);
    expect(cumulative.notes.join(" ")).toMatch(/cumulative totals are compared, never added/);
  });

  it("adds a data set's rows at their own published coordinates, reproducing its figures", async () => {
    const body = await json(`?dataset=${encodeURIComponent(GED23)}`);
    expect(body.layers).toEqual(["News claims", GED23]);
    const set = body.rows.filter((r: Row) => r.layer === GED23);
    expect(set.every((r: Row) => r.kind === "dataset" && r.highOpen === false)).toBe(true);
    // The sample's 265 Syria rows hold best 948 (deaths_a + b + civilians + unknown). Two, best 15, are located only
    // to Syria as a whole (where_prec 6, at the country's centroid): listed, not drawn as a town; the rest draw 933.
    expect(sumBest(set)).toBe(933);
    expect(body.leftOff.filter((p: { layer: string }) => p.layer === GED23)).toEqual([
      { layer: GED23, place: "Syria (located to the country as a whole)", events: 2, best: 15 },
    ]);
    // One row per published location and side: 176 distinct coordinates, and none twice for a side.
    const keys = set.map((r: Row) => `${r.latitude},${r.longitude},${r.side}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(set.map((r: Row) => `${r.latitude},${r.longitude}`)).size).toBeLessThanOrEqual(176);
    // Filters narrow the data set too: 2015 holds 39 rows, best 88; its civilians' deaths over all years are 429.
    expect(sumBest((await json(`?dataset=${encodeURIComponent(GED23)}&from=2015-01-01&to=2015-12-31&news=hide`)).rows)).toBe(88);
    const civilians = (await json(`?dataset=${encodeURIComponent(GED23)}&side=civilians&news=hide`)).rows;
    expect(civilians.every((r: Row) => r.side === "civilians")).toBe(true);
    expect(sumBest(civilians)).toBe(429);
  });

  it("hides the news layer with news=hide, and data sets say they hold deaths only", async () => {
    const hidden = await json(`?news=hide&dataset=${encodeURIComponent(GED23)}`);
    expect(hidden.layers).toEqual([GED23]);
    expect(news(hidden.rows)).toEqual([]);
    const wounded = await json(`?outcome=wounded&dataset=${encodeURIComponent(GED23)}`);
    expect(wounded.rows.filter((r: Row) => r.kind === "dataset")).toEqual([]);
    expect(wounded.notes.join(" ")).toMatch(/Data sets record deaths only/);
  });

  it.each([
    ["?side=REGIME!", /`side`/],
    ["?from=2015-02-30", /`from`/],
    ["?news=maybe", /`news`/],
    ["?outcome=dead", /`outcome`/],
    ["?layer=news", /Unknown parameter `layer`/],
  ])("answers 400 naming the parameter for %s", async (query, message) => {
    const res = await call(getMap, query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.message).toMatch(message);
  });
});

describe("GET /api/map.csv", () => {
  it("streams exactly the rows the JSON draws, in the same order", async () => {
    const query = `?dataset=${encodeURIComponent(GED23)}&from=2015-01-01&to=2015-12-31`;
    const res = await call(getMapCsv, query);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="map_dataset-ucdp-ged-23-1-sample_2015-01-01_2015-12-31_outcome-killed.csv"`);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("layer,place,latitude,longitude,side,periodStart,periodEnd,outcome,low,best,high,highOpen,events,claims");
    const { rows } = await json(query);
    expect(lines.length - 1).toBe(rows.length);
    const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    expect(lines.slice(1)).toEqual(
      rows.map((r: Row) => [quote(r.layer), quote(r.place), r.latitude, r.longitude, r.side, r.periodStart, r.periodEnd, "killed", r.low, r.best, r.high, r.highOpen, r.events, r.claims].join(",")),
    );
  });

  it("answers 400 for a bad filter value, as the JSON does", async () => {
    const res = await call(getMapCsv, "?to=9999-99-99");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/`to`/);
  });
});
