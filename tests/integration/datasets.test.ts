// Curated data sets imported from the real files in ../shared/data/real, checked
// through the public API against the reference figures in each file's sidecar
// (.source.md, computed independently with python's csv module).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getComparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as getBreakdown } from "@/app/api/datasets/breakdown/route";
import { GET as getBreakdownCsv } from "@/app/api/datasets/breakdown.csv/route";
import { GET as getDatasets } from "@/app/api/datasets/route";
import { GET as getSpanning } from "@/app/api/events/spanning/route";
import { GET as getClaims } from "@/app/api/claims/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { GET as getTimeseriesCsv } from "@/app/api/timeseries.csv/route";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { importDataset, type DatasetImportSummary } from "@/lib/mutations/import-dataset";
import { getProfile } from "@/lib/profiles";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR, SHARED_DIR } from "../fixtures/shared-corpus";

const REAL = path.join(SHARED_DIR, "data", "real");
const GED19 = "UCDP GED 19.1";
const GED21 = "UCDP GED 21.1 reduced";
const GED23 = "UCDP GED 23.1";
const ACLED = "ACLED 2020-04-27..05-09";
const GED23_ALL = "UCDP GED 23.1, all countries";
const ACLED_ALL = "ACLED, all countries";

let db: TestDatabase;
const summaries: Record<string, DatasetImportSummary> = {};

type Handler = (request: Request, context: never) => Promise<Response>;
async function json<T = any>(handler: Handler, query: Record<string, string | string[]>): Promise<T> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of [v].flat()) params.append(k, one);
  const res = await handler(new Request(`http://localhost/api/x?${params}`), undefined as never);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

async function importFile(file: string, name: string, country: string | null = "Syria") {
  const content = await readFile(path.join(REAL, file), "utf8");
  return importDataset(db.prisma, { content, fileName: file, name, country, profile: getProfile() });
}

type Point = { bin: string; events: number; low: number; best: number; high: number; spanning: number; spanningBest: number; deathsA: number; deathsB: number; deathsCivilians: number; deathsUnknown: number };
async function datasetPoints(dataset: string, query: Record<string, string> = {}): Promise<Point[]> {
  const body = await json(getTimeseries, { dataset, ...query });
  return body.datasets.find((d: { name: string }) => d.name === dataset).points.filter((p: Point) => p.events > 0);
}
const sum = (points: Point[], key: keyof Point) => points.reduce((n, p) => n + (p[key] as number), 0);

beforeAll(async () => {
  db = await createTestDatabase();
  await ingestReportFiles(db.prisma, [SEEDS_DIR]);
  summaries[GED19] = await importFile("ucdp_ged_syria_2016_2019_v19_1.csv", GED19);
  summaries[GED21] = await importFile("ucdp_ged_v21_1_reduced_syria.csv", GED21);
  summaries[GED23] = await importFile("ucdp_ged_v23_1_sample1000.csv", GED23);
  summaries[ACLED] = await importFile("acled_sample_2020-04-27_2020-05-09_global.csv", ACLED);
  summaries[GED23_ALL] = await importFile("ucdp_ged_v23_1_sample1000.csv", GED23_ALL, null);
  summaries[ACLED_ALL] = await importFile("acled_sample_2020-04-27_2020-05-09_global.csv", ACLED_ALL, null);
}, 240_000);

afterAll(async () => {
  await db?.drop();
});

describe("UCDP GED Syria (19.1 release), 41 columns", () => {
  it("imports every row, flags the totals that disagree, and reports nothing malformed", () => {
    const s = summaries[GED19];
    expect(s.layout).toBe("ucdp-ged-syria");
    expect([s.rowsRead, s.imported, s.malformed.length, s.outsideCountry]).toEqual([16_566, 16_566, 0, 0]);
    expect([s.lowAboveBest, s.bestAboveHigh]).toEqual([30, 71]);
    // Every actor name no side knows is listed with its rows, most first.
    expect(s.unmappedActors[0]).toMatchObject({ name: "Government of Turkey", rows: 137 });
    expect(s.unmappedActors.map((a) => a.name)).not.toContain("Government of Syria");
  });

  it("reproduces 2016 by year: 6,170 events, best 48,710, low 43,538, high 49,642, and the split by role", async () => {
    const points = await datasetPoints(GED19, { from: "2016-01-01", to: "2016-12-31" });
    expect([sum(points, "events"), sum(points, "best"), sum(points, "low"), sum(points, "high")]).toEqual([6_170, 48_710, 43_538, 49_642]);
    expect([sum(points, "deathsA"), sum(points, "deathsB"), sum(points, "deathsCivilians"), sum(points, "deathsUnknown")]).toEqual([17_160, 17_427, 10_203, 3_920]);
  });

  it("reproduces every year 2016-2019 and the whole file", async () => {
    const years: [string, number, number, number, number][] = [
      ["2016", 6_170, 48_710, 43_538, 49_642], ["2017", 5_587, 33_316, 32_783, 36_654], ["2018", 2_765, 20_251, 18_980, 21_683], ["2019", 2_044, 10_060, 9_628, 11_041],
    ];
    for (const [year, events, best, low, high] of years) {
      const points = await datasetPoints(GED19, { from: `${year}-01-01`, to: `${year}-12-31` });
      expect([year, sum(points, "events"), sum(points, "best"), sum(points, "low"), sum(points, "high")]).toEqual([year, events, best, low, high]);
    }
    const all = await datasetPoints(GED19);
    expect([sum(all, "events"), sum(all, "best"), sum(all, "low"), sum(all, "high")]).toEqual([16_566, 112_337, 104_929, 119_020]);
    expect([sum(all, "deathsA"), sum(all, "deathsB"), sum(all, "deathsCivilians"), sum(all, "deathsUnknown")]).toEqual([40_982, 35_269, 26_653, 9_433]);
  });

  it("reproduces 2016 by month of date_start, and by month for events inside one month", async () => {
    // month, events, best, low, high, deaths_a, deaths_b, civilians, unknown (sidecar tables 2 and 3)
    const byStart = [
      [595, 19_358, 14_417, 19_422, 8_711, 8_882, 1_409, 356], [519, 3_546, 3_545, 3_617, 1_305, 1_256, 483, 502], [471, 2_058, 2_057, 2_090, 699, 895, 320, 144],
      [504, 2_653, 2_574, 2_822, 677, 706, 690, 580], [337, 2_484, 2_450, 2_505, 880, 683, 695, 226], [558, 3_195, 3_166, 3_311, 1_264, 803, 913, 215],
      [602, 2_771, 2_749, 2_965, 594, 690, 1_145, 342], [493, 2_101, 2_064, 2_149, 406, 551, 956, 188], [472, 2_166, 2_156, 2_216, 335, 511, 1_078, 242],
      [501, 2_401, 2_384, 2_481, 671, 734, 802, 194], [684, 3_475, 3_480, 3_535, 1_038, 994, 922, 521], [434, 2_502, 2_496, 2_529, 580, 722, 790, 410],
    ];
    const withinMonth = [[586, 2_794], [518, 3_495], [470, 2_057], [498, 2_149], [328, 1_982], [555, 3_111], [600, 2_740], [490, 2_088], [470, 2_160], [500, 2_267], [683, 3_016], [434, 2_502]];
    const points = await datasetPoints(GED19, { from: "2016-01-01", to: "2016-12-31", bin: "month" });
    expect(points.map((p) => p.bin)).toEqual(byStart.map((_, i) => `2016-${String(i + 1).padStart(2, "0")}-01`));
    expect(points.map((p) => [p.events, p.best, p.low, p.high, p.deathsA, p.deathsB, p.deathsCivilians, p.deathsUnknown])).toEqual(byStart);
    expect(points.map((p) => [p.events - p.spanning, p.best - p.spanningBest])).toEqual(withinMonth);
  });

  it("lists the whole-year, country-wide events that make January 2016 spike, largest first", async () => {
    const body = await json(getSpanning, { dataset: GED19, from: "2016-01-01", to: "2016-12-31", outlet: "nobody", bin: "month" });
    const ged = body.events.filter((e: { source: string }) => e.source === GED19);
    expect(body.total).toBe(38); // 6,170 - 6,132 events inside one month
    expect(ged.slice(0, 5).reduce((n: number, e: { best: number }) => n + e.best, 0)).toBe(16_366);
    expect(ged[0]).toMatchObject({ periodStart: "2016-01-01", periodEnd: "2016-12-31", place: "Syria" }); // where_coordinates "Syria"
  });

  it("spreads events over the months of their period when asked: no January spike", async () => {
    // Expected: each 2016 event's best shared by its days among the months of 2016, summed and rounded per month
    // (computed from the file with python's csv and datetime, independently of this code).
    const points = await datasetPoints(GED19, { from: "2016-01-01", to: "2016-12-31", placement: "spread" });
    expect(points.map((p) => p.best)).toEqual([4_200, 4_836, 3_490, 3_676, 3_723, 4_763, 4_392, 3_571, 3_527, 3_736, 4_699, 4_098]);
    expect(points.every((p) => p.spanning === 0)).toBe(true);
  });

  it("keeps totals exactly as published, low above best included", async () => {
    const [row] = await db.prisma.$queryRaw<{ low: number; best: number; high: number; text: string }[]>`
      SELECT de.low, de.best, de.high, r.text FROM dataset_events de JOIN reports r ON r.id = de.report_id WHERE de.source_event_id = '219459'`;
    expect([row.low, row.best, row.high]).toEqual([177, 142, 177]);
    expect(row.text).toContain("low 177, best 142, high 177 (low is above best, as published)");
  });

  it("adds nothing on a second import of the same file", async () => {
    const again = await importFile("ucdp_ged_syria_2016_2019_v19_1.csv", GED19);
    expect([again.imported, again.alreadyImported, again.claims]).toEqual([0, 16_566, 0]);
    const { datasets } = await json(getDatasets, {});
    expect(datasets.find((d: { name: string }) => d.name === GED19)).toMatchObject({ events: 16_566, firstDay: "2016-01-01" });
    expect(datasets.find((d: { name: string }) => d.name === GED19).imports).toHaveLength(2);
  });

  it("is a source like any other: its claims by side quote the row's line", async () => {
    const body = await json(getClaims, { outlet: GED19, side: "regime", from: "2016-03-01", to: "2016-03-01", pageSize: "5" });
    expect(body.total).toBeGreaterThan(0);
    expect(body.rows[0]).toMatchObject({ outlet: GED19, claimant: GED19, side: "regime" });
    expect(body.rows[0].quote).toMatch(/^Deaths of side [AB] \(Government of Syria\): \d+$/);
  });
});

describe("UCDP GED 21.1 reduced, 14 columns", () => {
  it("imports 64,794 rows with one all-sides claim each", () => {
    const s = summaries[GED21];
    expect([s.layout, s.rowsRead, s.imported, s.claims, s.malformed.length]).toEqual(["ucdp-ged-reduced", 64_794, 64_794, 64_794, 0]);
  });

  it("reproduces Syria 2015: 9,507 events, best 35,062, low 33,471, high 37,016, and each month of 2015", async () => {
    const points = await datasetPoints(GED21, { from: "2015-01-01", to: "2015-12-31" });
    expect([sum(points, "events"), sum(points, "best"), sum(points, "low"), sum(points, "high")]).toEqual([9_507, 35_062, 33_471, 37_016]);
    expect(points.map((p) => [p.events, p.best, p.low, p.high])).toEqual([
      [583, 2_044, 1_780, 2_030], [536, 2_446, 2_319, 2_486], [626, 2_300, 2_175, 2_352], [773, 2_784, 2_553, 2_913], [951, 4_157, 4_111, 4_655], [863, 3_807, 3_533, 3_905],
      [876, 2_834, 2_733, 2_915], [945, 3_392, 3_392, 3_637], [736, 2_707, 2_631, 2_806], [907, 2_857, 2_720, 3_157], [937, 2_936, 2_822, 3_075], [774, 2_798, 2_702, 3_085],
    ]);
    expect(points.every((p) => p.deathsA === null)).toBe(true); // no split by side in this layout
  });

  it("reproduces 2014-2016 and the whole file", async () => {
    const three = await datasetPoints(GED21, { from: "2014-01-01", to: "2016-12-31" });
    expect([sum(three, "events"), sum(three, "best"), sum(three, "low"), sum(three, "high")]).toEqual([28_811, 113_516, 109_582, 119_257]);
    const all = await datasetPoints(GED21);
    expect([sum(all, "events"), sum(all, "best"), sum(all, "low"), sum(all, "high")]).toEqual([64_794, 252_161, 241_575, 271_959]);
  });
});

describe("UCDP GED 23.1 sample, 49 columns", () => {
  it("keeps the 265 Syria rows and counts the others as outside Syria", async () => {
    const s = summaries[GED23];
    expect([s.layout, s.rowsRead, s.imported, s.outsideCountry, s.malformed.length]).toEqual(["ucdp-ged", 1_000, 265, 735, 0]);
    const all = await datasetPoints(GED23);
    expect([sum(all, "events"), sum(all, "best"), sum(all, "low"), sum(all, "high")]).toEqual([265, 948, 921, 1_119]);
    expect([sum(all, "deathsA"), sum(all, "deathsB"), sum(all, "deathsCivilians"), sum(all, "deathsUnknown")]).toEqual([237, 247, 429, 35]);
    const y2015 = await datasetPoints(GED23, { from: "2015-01-01", to: "2015-12-31" });
    expect(y2015.map((p) => [p.bin.slice(0, 7), p.events, p.best])).toEqual([
      ["2015-01", 3, 4], ["2015-02", 2, 3], ["2015-03", 2, 2], ["2015-05", 7, 22], ["2015-06", 5, 16], ["2015-07", 1, 3],
      ["2015-08", 2, 2], ["2015-09", 6, 17], ["2015-10", 2, 5], ["2015-11", 4, 5], ["2015-12", 5, 9],
    ]);
  });
});

describe("ACLED export, 31 columns", () => {
  it("imports the 313 Syria events with 217 fatalities and reports the truncated last row by line", async () => {
    const s = summaries[ACLED];
    expect([s.layout, s.imported, s.outsideCountry]).toEqual(["acled", 313, 4_757]);
    expect(s.malformed).toEqual([{ line: 5_072, reason: expect.stringContaining("cut short") }]);
    const all = await datasetPoints(ACLED, { bin: "day" });
    expect([sum(all, "events"), sum(all, "best")]).toEqual([313, 217]);
    expect(all.map((p) => [p.bin, p.events, p.best])).toEqual([
      ["2020-04-27", 4, 0], ["2020-04-28", 20, 61], ["2020-04-29", 23, 11], ["2020-04-30", 26, 11], ["2020-05-01", 44, 17], ["2020-05-02", 27, 15], ["2020-05-03", 31, 17],
      ["2020-05-04", 41, 18], ["2020-05-05", 16, 3], ["2020-05-06", 12, 7], ["2020-05-07", 14, 28], ["2020-05-08", 34, 7], ["2020-05-09", 21, 22],
    ]);
  });
});

describe("news claims beside the data sets", () => {
  it("leaves data sets out of the views until one is picked", async () => {
    const news = await json(getTimeseries, { from: "2014-01-01", to: "2015-12-31" });
    const picked = await json(getTimeseries, { from: "2014-01-01", to: "2015-12-31", outlet: GED21 });
    const best = (b: { points: { best: number | null }[] }) => b.points.reduce((n, p) => n + (p.best ?? 0), 0);
    expect(best(news)).toBeLessThan(1_000); // the five seed reports
    expect(best(picked)).toBe(45_780 + 35_062); // GED 21.1 2014 + 2015, as its own source
  });

  it("overlays GED 21.1 on the seed reports' claims around al-Hasakah, 2014-2015", async () => {
    const body = await json(getTimeseries, { dataset: GED21, place: "al-Hasakah", from: "2014-01-01", to: "2015-12-31" });
    expect(body.newsTotals.length).toBeGreaterThan(0);
    const ged = body.datasets[0];
    expect(ged.name).toBe(GED21);
    expect(ged.points.filter((p: Point) => p.events > 0).length).toBeGreaterThan(6);
    const june = ged.points.find((p: Point) => p.bin === "2015-06-01");
    expect(june.best).toBeGreaterThan(0);
  });

  it("compares by month and place, largest disagreement first, with the ratio", async () => {
    const body = await json(getComparison, { by: "month-place", dataset: GED21, place: "al-Hasakah", from: "2014-01-01", to: "2015-12-31", sort: "ratio" });
    expect(body.datasets).toEqual([GED21]);
    const both = body.rows.filter((r: { disagreement: number | null }) => r.disagreement !== null);
    expect(both.length).toBeGreaterThan(0);
    const disagreements = both.map((r: { disagreement: number }) => r.disagreement);
    expect(disagreements).toEqual([...disagreements].sort((a, b) => b - a));
    const top = both[0];
    expect(top.side).toBe("all");
    expect(top.ratios[GED21]).toBeCloseTo(top.news.best / top.datasets[GED21].best, 6);
    expect(Math.max(top.ratios[GED21], 1 / top.ratios[GED21])).toBeCloseTo(top.disagreement, 6);
    // June 2015, when IS stormed the city: both the seed reports and the coders have deaths.
    const june = body.rows.find((r: { month: string; side: string }) => r.month === "2015-06" && r.side === "all");
    expect(june.news.best).toBeGreaterThan(0);
    expect(june.datasets[GED21].best).toBeGreaterThan(0);
  });

  it("opens sorted by disagreement when no sort is asked for: the rows both sources have come first", async () => {
    const body = await json(getComparison, { by: "month-place", dataset: GED21, place: "al-Hasakah", from: "2014-01-01", to: "2015-12-31" });
    expect(body.sort).toBe("ratio");
    expect(body.rows[0].disagreement).not.toBeNull();
    expect(body.rows[0].news).not.toBeNull();
    const ratios = body.rows.map((r: { disagreement: number | null }) => r.disagreement);
    const firstMissing = ratios.indexOf(null);
    expect(ratios.slice(0, firstMissing === -1 ? undefined : firstMissing)).toEqual([...ratios.slice(0, firstMissing === -1 ? undefined : firstMissing)].sort((a: number, b: number) => b - a));
    if (firstMissing !== -1) expect(ratios.slice(firstMissing).every((r: number | null) => r === null)).toBe(true);
  });

  it("says a data set without a side split has none, in its side rows (screen and CSV), and that one with a split has one", async () => {
    const body = await json(getComparison, { by: "month-place", dataset: [GED21, GED19], from: "2015-06-01", to: "2016-01-31", side: "regime" });
    expect(body.splits).toEqual({ [GED21]: false, [GED19]: true });
    const q = new URLSearchParams({ by: "month-place", dataset: GED21, place: "al-Hasakah", from: "2015-06-01", to: "2015-06-30", side: "regime" });
    const csv = await (await getComparisonCsv(new Request(`http://localhost/api/comparison.csv?${q}`), undefined as never)).text();
    const [header, ...lines] = csv.trim().split("\r\n");
    expect(header.endsWith(`,${GED21} note`)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^2015-06,al-Hasakah,regime,.*,no side split in ${GED21}$`));
  });

  it("shows a province's towns and neighbourhoods under the province picked", async () => {
    const province = await json(getComparison, { by: "month-place", dataset: GED21, place: "al-Hasakah province", from: "2015-06-01", to: "2015-07-31" });
    const city = await json(getComparison, { by: "month-place", dataset: GED21, place: "al-Hasakah", from: "2015-06-01", to: "2015-07-31" });
    const all = (body: { rows: { month: string; place: string; side: string; datasets: Record<string, { best: number }>; news: { best: number } | null }[] }, month: string) =>
      body.rows.find((r) => r.month === month && r.side === "all")!;
    expect(new Set(province.rows.map((r: { place: string }) => r.place))).toEqual(new Set(["al-Hasakah province"]));
    // The province holds the city and more: at least as many deaths in both sources.
    expect(all(province, "2015-06").datasets[GED21].best).toBeGreaterThanOrEqual(all(city, "2015-06").datasets[GED21].best);
    expect(all(province, "2015-06").news!.best).toBeGreaterThanOrEqual(all(city, "2015-06").news!.best);
  });

  it("downloads the month-and-place comparison and the overlay as CSV", async () => {
    const q = new URLSearchParams({ by: "month-place", dataset: GED21, place: "al-Hasakah", from: "2015-06-01", to: "2015-06-30" });
    const csv = await (await getComparisonCsv(new Request(`http://localhost/api/comparison.csv?${q}`), undefined as never)).text();
    const [header, ...lines] = csv.trim().split("\r\n");
    expect(header).toBe(`month,place,side,newsLow,newsBest,newsHigh,newsHighOpen,newsEvents,${GED21} low,${GED21} best,${GED21} high,${GED21} events,news/${GED21},${GED21} note`);
    expect(lines.some((l) => l.startsWith("2015-06,al-Hasakah,all,"))).toBe(true);
    const t = new URLSearchParams({ dataset: GED21, place: "al-Hasakah", from: "2015-06-01", to: "2015-06-30" });
    const series = await (await getTimeseriesCsv(new Request(`http://localhost/api/timeseries.csv?${t}`), undefined as never)).text();
    expect(series.split("\r\n")[0]).toBe("source,bin,side,outcome,low,best,high,highOpen,events,spanningEvents,spanningBest,deathsA,deathsB,deathsCivilians,deathsUnknown");
    expect(series).toContain(`${GED21},2015-06-01,all,killed,`);
  });
});

type Row = { key: string | null; events: number; low: number; best: number; high: number; deathsA: number; deathsB: number; deathsCivilians: number; deathsUnknown: number };
/** key -> the columns asked for, from GET /api/datasets/breakdown (keys compared as a map: sort order is the database's collation). */
async function breakdown(name: string, by: string, columns: (keyof Row)[], query: Record<string, string> = {}) {
  const body = await json<{ rows: Row[]; total: Row }>(getBreakdown, { name, by, ...query });
  return {
    rows: Object.fromEntries(body.rows.map((r) => [r.key ?? "(empty)", columns.map((c) => r[c])])),
    total: columns.map((c) => body.total[c]),
  };
}
const ALL: (keyof Row)[] = ["events", "best", "low", "high", "deathsA", "deathsB", "deathsCivilians", "deathsUnknown"];

describe("GET /api/datasets/breakdown reproduces the sidecars' other tables", () => {
  it("GED 19.1, 2016 by type of violence, by adm_1 and by number of sources", async () => {
    const y2016 = { from: "2016-01-01", to: "2016-12-31" };
    expect(await breakdown(GED19, "type", ALL, y2016)).toEqual({
      rows: {
        "State-based violence": [4_805, 40_865, 35_773, 41_233, 14_079, 15_471, 8_336, 2_979],
        "Non-state violence": [1_180, 7_125, 7_067, 7_680, 3_081, 1_956, 1_177, 911],
        "One-sided violence": [185, 720, 698, 729, 0, 0, 690, 30],
      },
      total: [6_170, 48_710, 43_538, 49_642, 17_160, 17_427, 10_203, 3_920],
    });
    expect((await breakdown(GED19, "adm1", ["events", "best", "deathsCivilians"], y2016)).rows).toEqual({
      "(empty)": [127, 17_919, 850], "Al Hasakah Governorate": [198, 1_009, 243], "Aleppo Governorate": [1_975, 13_214, 4_654],
      "Ar Raqqah Governorate": [248, 1_581, 432], "As Suwayda Governorate": [28, 70, 3], "Damascus Governorate": [151, 392, 40],
      "Daraa Governorate": [341, 1_019, 182], "Deir ez Zor Governorate": [442, 2_226, 874], "Hamah Governorate": [366, 1_350, 204],
      "Homs Governorate": [635, 2_625, 496], "Idlib Governorate": [448, 2_051, 1_265], "Latakia Governorate": [251, 1_438, 145],
      "Quneitra Governorate": [71, 229, 11], "Rif Dimashq Governorate": [885, 3_487, 736], "Tartus Governorate": [4, 100, 68],
    });
    expect((await breakdown(GED19, "sources", ["events"], y2016)).rows).toEqual({
      "1": [5_363], "2": [637], "3": [121], "4": [31], "5": [11], "6": [3], "7": [2], "8": [1], "9": [1],
    });
  });

  it("GED 21.1 reduced: every year, every month of 2014-2016, 2015 by type and by side B", async () => {
    const cols: (keyof Row)[] = ["events", "best", "low", "high"];
    expect(await breakdown(GED21, "year", cols)).toEqual({
      rows: {
        "2004": [3, 8, 8, 8], "2008": [1, 1, 1, 1], "2011": [697, 3_542, 3_397, 4_062], "2012": [9_299, 35_980, 33_840, 40_767],
        "2013": [14_414, 43_560, 40_769, 46_380], "2014": [11_918, 45_780, 44_268, 48_572], "2015": [9_507, 35_062, 33_471, 37_016],
        "2016": [7_386, 32_674, 31_843, 33_669], "2017": [5_212, 25_306, 24_678, 28_539], "2018": [3_154, 15_782, 15_255, 17_205],
        "2019": [2_155, 9_928, 9_651, 10_862], "2020": [1_048, 4_538, 4_394, 4_878],
      },
      total: [64_794, 252_161, 241_575, 271_959],
    });
    const months = await breakdown(GED21, "month", cols, { from: "2014-01-01", to: "2016-12-31" });
    expect(months.total).toEqual([28_811, 113_516, 109_582, 119_257]);
    expect(months.rows).toMatchObject({
      "2014-01": [1_616, 5_044, 4_897, 5_462], "2014-02": [1_394, 4_708, 4_582, 4_962], "2014-03": [1_271, 3_930, 3_739, 4_157],
      "2014-04": [1_097, 4_222, 4_054, 4_318], "2014-05": [1_058, 3_819, 3_661, 4_013], "2014-06": [874, 2_718, 2_645, 2_934],
      "2014-07": [825, 3_949, 3_896, 4_059], "2014-08": [804, 4_094, 3_930, 4_397], "2014-09": [738, 3_347, 3_328, 3_545],
      "2014-10": [814, 4_031, 3_911, 4_356], "2014-11": [764, 2_852, 2_652, 3_085], "2014-12": [663, 3_066, 2_973, 3_284],
      "2016-01": [867, 3_430, 3_307, 3_486], "2016-02": [819, 4_069, 3_911, 4_142], "2016-03": [586, 2_094, 2_091, 2_142],
      "2016-04": [681, 2_879, 2_681, 3_059], "2016-05": [590, 2_654, 2_578, 2_694], "2016-06": [783, 3_492, 3_402, 3_636],
      "2016-07": [811, 3_084, 2_966, 3_306], "2016-08": [468, 2_008, 1_979, 2_062], "2016-09": [430, 2_041, 2_032, 2_084],
      "2016-10": [471, 2_284, 2_263, 2_364], "2016-11": [538, 2_526, 2_526, 2_559], "2016-12": [342, 2_113, 2_107, 2_135],
    });
    expect(Object.keys(months.rows)).toHaveLength(36);
    const y2015 = { from: "2015-01-01", to: "2015-12-31" };
    expect((await breakdown(GED21, "type", cols, y2015)).rows).toEqual({
      "Non-state violence": [857, 5_261, 5_139, 5_591], "One-sided violence": [361, 963, 795, 1_076], "State-based violence": [8_289, 28_838, 27_537, 30_349],
    });
    expect((await breakdown(GED21, "side-b", ["events", "best"], y2015)).rows).toEqual({
      "Syrian insurgents": [6_969, 22_298], IS: [1_750, 8_723], Civilians: [361, 963], SDF: [110, 540], PYD: [104, 631],
      "Jaysh al-Sanadid, Khabour Guards, MFS, PYD": [94, 1_213], "Jaysh al-Sanadid, MFS, PYD": [75, 426], "Jabhat Fateh al-Sham": [26, 174],
      "Jaysh al-Jihad (Saraya al- Jihad)": [7, 43], "Southern Front": [4, 15], "al-Qaida": [3, 13], "Tahrir al- Sham Army": [3, 18], Hezbollah: [1, 5],
    });
  });

  it("GED 23.1 sample: the whole sample by region (imported with every country), Syria by year and 2014-2016 by type", async () => {
    expect(summaries[GED23_ALL]).toMatchObject({ imported: 1_000, outsideCountry: 0 });
    expect(await breakdown(GED23_ALL, "region", ALL)).toEqual({
      rows: {
        Africa: [191, 5_869, 3_058, 17_472, 205, 259, 1_636, 3_769], Americas: [95, 208, 208, 254, 9, 46, 46, 107],
        Asia: [301, 1_657, 1_333, 2_012, 232, 676, 350, 399], Europe: [71, 367, 272, 541, 138, 119, 95, 15],
        "Middle East": [342, 1_460, 1_353, 1_738, 366, 432, 563, 99],
      },
      total: [1_000, 9_561, 6_224, 22_017, 950, 1_532, 2_690, 4_389],
    });
    expect((await breakdown(GED23, "year", ALL)).rows).toEqual({
      "2011": [3, 36, 36, 112, 0, 0, 36, 0], "2012": [41, 171, 171, 209, 41, 43, 87, 0], "2013": [55, 157, 152, 189, 31, 50, 76, 0],
      "2014": [50, 165, 164, 170, 30, 42, 92, 1], "2015": [39, 88, 85, 88, 20, 27, 38, 3], "2016": [27, 140, 135, 141, 42, 45, 28, 25],
      "2017": [22, 95, 82, 98, 25, 8, 58, 4], "2018": [7, 15, 15, 15, 2, 7, 6, 0], "2019": [7, 14, 14, 25, 3, 2, 7, 2],
      "2020": [6, 57, 57, 60, 37, 20, 0, 0], "2021": [4, 7, 7, 7, 4, 3, 0, 0], "2022": [4, 3, 3, 5, 2, 0, 1, 0],
    });
    expect(await breakdown(GED23, "type", ALL, { from: "2014-01-01", to: "2016-12-31" })).toEqual({
      rows: {
        "State-based violence": [99, 317, 310, 323, 78, 90, 140, 9], "Non-state violence": [13, 71, 69, 71, 14, 24, 13, 20],
        "One-sided violence": [4, 5, 5, 5, 0, 0, 5, 0],
      },
      total: [116, 393, 384, 399, 92, 114, 158, 29],
    });
  });

  it("ACLED: the whole file by region (5,070 complete rows), Syria by event type, sub-event type and admin1", async () => {
    expect(summaries[ACLED_ALL]).toMatchObject({ imported: 5_070, outsideCountry: 0, malformed: [{ line: 5_072 }] });
    expect(await breakdown(ACLED_ALL, "region", ["events", "best"])).toEqual({
      rows: {
        Caribbean: [37, 16], "Caucasus and Central Asia": [321, 599], "Central America": [509, 329], "Eastern Africa": [221, 238], Europe: [753, 7],
        "Middle Africa": [112, 197], "Middle East": [1_168, 1_041], "Northern Africa": [247, 270], "South America": [639, 226],
        "South-Eastern Asia": [128, 72], "Southern Africa": [28, 3], "Southern Asia": [661, 93], "Western Africa": [246, 462],
      },
      total: [5_070, 3_553],
    });
    expect((await breakdown(ACLED, "type", ["events", "best"])).rows).toEqual({
      Battles: [65, 97], "Explosions/Remote violence": [119, 90], Protests: [24, 1], Riots: [2, 0], "Strategic developments": [63, 0], "Violence against civilians": [40, 29],
    });
    expect((await breakdown(ACLED, "sub-type", ["events", "best"])).rows).toEqual({
      "Abduction/forced disappearance": [8, 0], "Air/drone strike": [9, 0], "Armed clash": [65, 97], Arrests: [6, 0], Attack: [32, 29],
      "Change to group/activity": [36, 0], "Disrupted weapons use": [2, 0], "Excessive force against protesters": [1, 1], Grenade: [3, 0],
      "Headquarters or base established": [1, 0], "Looting/property destruction": [15, 0], "Mob violence": [1, 0], Other: [3, 0],
      "Peaceful protest": [23, 0], "Remote explosive/landmine/IED": [30, 78], "Shelling/artillery/missile attack": [77, 12], "Violent demonstration": [1, 0],
    });
    expect((await breakdown(ACLED, "adm1", ["events", "best"])).rows).toEqual({
      "Al-Hasakeh": [57, 5], Aleppo: [45, 60], "Ar-Raqqa": [39, 49], "As-Sweida": [2, 1], Damascus: [2, 0], "Dar'a": [27, 33], "Deir-ez-Zor": [27, 25],
      Hama: [6, 1], Homs: [2, 6], Idleb: [94, 31], Lattakia: [1, 0], Quneitra: [3, 2], "Rural Damascus": [7, 4], Tartous: [1, 0],
    });
  });

  it("answers 404 for a data set that does not exist, 400 for an unknown field, and downloads as CSV", async () => {
    const missing = await getBreakdown(new Request("http://localhost/api/datasets/breakdown?name=Nothing"), undefined as never);
    expect(missing.status).toBe(404);
    const bad = await getBreakdown(new Request("http://localhost/api/datasets/breakdown?name=x&by=colour"), undefined as never);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("`by`");
    const q = new URLSearchParams({ name: ACLED, by: "type" });
    const res = await getBreakdownCsv(new Request(`http://localhost/api/datasets/breakdown.csv?${q}`), undefined as never);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe("key,events,low,best,high,deathsA,deathsB,deathsCivilians,deathsUnknown");
    expect(lines).toContain("Battles,65,97,97,97,,,,");
    expect(lines.at(-1)).toBe("total,313,217,217,217,,,,");
  });
});
