// Every CSV download has a companion text (`about=1` on the same address): what the
// file holds, its filters in words, the sources in view with their licences (UCDP
// GED's CC BY 4.0 attribution, ACLED's terms) and how to cite it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimsCsv } from "@/app/api/claims.csv/route";
import { GET as comparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as breakdownCsv } from "@/app/api/datasets/breakdown.csv/route";
import { GET as reportsCsv } from "@/app/api/reports.csv/route";
import { GET as timeseriesCsv } from "@/app/api/timeseries.csv/route";
import { GET as uncertaintyCsv } from "@/app/api/uncertainty.csv/route";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { importDataset } from "@/lib/mutations/import-dataset";
import { getProfile } from "@/lib/profiles";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { SEEDS_DIR, SHARED_DIR } from "../fixtures/shared-corpus";

const REAL = path.join(SHARED_DIR, "data", "real");
const GED = "UCDP GED 23.1";
const ACLED = "ACLED 2020-04-27 to 2020-05-09";

let db: TestDatabase;

type Handler = (request: Request, context: never) => Promise<Response>;
/** `address` is the route's path and query, as a browser would ask for it. */
function get(handler: Handler, address: string, headers: Record<string, string> = { host: "casualties.example.org" }): Promise<Response> {
  return handler(new Request(`http://casualties.example.org${address}`, { headers }), undefined as never);
}
async function about(handler: Handler, address: string): Promise<string> {
  const res = await get(handler, address);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  return res.text();
}

beforeAll(async () => {
  db = await createTestDatabase();
  await ingestReportFiles(db.prisma, [SEEDS_DIR]);
  for (const [file, name] of [["ucdp_ged_v23_1_sample1000.csv", GED], ["acled_sample_2020-04-27_2020-05-09_global.csv", ACLED]]) {
    await importDataset(db.prisma, { content: await readFile(path.join(REAL, file), "utf8"), fileName: file, name, country: "Syria", profile: getProfile() });
  }
}, 120_000);

afterAll(async () => {
  await db?.drop();
});

describe("GET /api/<view>.csv?about=1", () => {
  it("attributes a UCDP data set set beside the news under CC BY 4.0, and names the news outlets", async () => {
    const text = await about(timeseriesCsv, `/api/timeseries.csv?dataset=${encodeURIComponent(GED)}&from=2015-01-01&to=2015-12-31&about=1`);
    expect(text).toContain(`What it holds: News claims beside ${GED}: killed per month, all sides\r\n`);
    expect(text).toContain(`Filters: Killed · 2015-01-01 to 2015-12-31 · beside data set: ${GED} · per month\r\n`);
    expect(text).toContain("File: http://casualties.example.org/api/timeseries.csv?dataset=UCDP+GED+23.1&from=2015-01-01&to=2015-12-31\r\n");
    expect(text).toContain("View on the site: http://casualties.example.org/?dataset=UCDP+GED+23.1&from=2015-01-01&to=2015-12-31\r\n");
    expect(text).toContain("- News reports by ARA News, Rudaw, Syrian Observatory for Human Rights.");
    expect(text).toContain(`- ${GED}: data by the Uppsala Conflict Data Program (UCDP), Uppsala University (https://ucdp.uu.se/downloads/), licensed under Creative Commons Attribution 4.0 International (CC BY 4.0)`);
  });

  it("keeps the CSV itself plain: the same address without `about` is the data alone", async () => {
    const csv = await (await get(timeseriesCsv, `/api/timeseries.csv?dataset=${encodeURIComponent(GED)}`)).text();
    expect(csv.split("\r\n")[0]).toMatch(/^source,bin,/);
    expect(csv).not.toContain("CC BY");
  });

  it("names a data set picked as an outlet, and only the sources of the claims in view", async () => {
    const picked = await about(claimsCsv, `/api/claims.csv?outlet=${encodeURIComponent(GED)}&about=1`);
    expect(picked).toContain("Creative Commons Attribution 4.0");
    expect(picked).not.toContain("News reports by");
    const news = await about(claimsCsv, "/api/claims.csv?about=1");
    expect(news).toContain("News reports by ARA News, Rudaw, Syrian Observatory for Human Rights.");
    expect(news).not.toContain("UCDP");
  });

  it("points ACLED data to ACLED's terms of use, on the comparison and a data set's breakdown", async () => {
    const comparison = await about(comparisonCsv, `/api/comparison.csv?by=month-place&dataset=${encodeURIComponent(ACLED)}&about=1`);
    expect(comparison).toContain(`- ${ACLED}: data by the Armed Conflict Location & Event Data Project (ACLED)`);
    expect(comparison).toContain("https://acleddata.com/terms-of-use/");
    const breakdown = await about(breakdownCsv, `/api/datasets/breakdown.csv?name=${encodeURIComponent(ACLED)}&by=type&about=1`);
    expect(breakdown).toContain(`What it holds: ${ACLED}: its rows summed by type, as published\r\n`);
    expect(breakdown).toContain("Filters: Killed · all dates · by type\r\n");
    expect(breakdown).toContain("View on the site: http://casualties.example.org/datasets?name=ACLED+2020-04-27+to+2020-05-09&by=type\r\n");
    expect(breakdown).not.toContain("News reports by");
  });

  it("answers for the uncertainty and reports files too", async () => {
    expect(await about(uncertaintyCsv, "/api/uncertainty.csv?side=regime&about=1")).toContain("Filters: Killed · side: Regime · all dates\r\n");
    expect(await about(reportsCsv, "/api/reports.csv?about=1")).toContain("Casualty claims: about reports.csv\r\n");
  });

  it("refuses an `about` other than 1 with a 400 that says what it takes", async () => {
    const res = await get(timeseriesCsv, "/api/timeseries.csv?about=yes");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe("Parameter `about` must be 1 (the file's sources, licences and citation as text) or left out.");
  });

  it("never writes a Host header that is not a host name into the citation", async () => {
    const text = await (await get(reportsCsv, "/api/reports.csv?about=1", { host: "evil.example/<script>" })).text();
    expect(text).toContain("View on the site: http://localhost/reports\r\n");
  });
});
