// A report that writes "Hasaka" is shown under the profile's name, al-Hasakah, on every
// page and in every CSV; the words as written stand beside the quote.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/claims/route";
import { GET as getClaimsCsv } from "@/app/api/claims.csv/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getComparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { GET as getUncertaintyCsv } from "@/app/api/uncertainty.csv/route";
import { ingestReportFiles } from "@/lib/ingest/ingest-report-files";
import { findReport } from "@/lib/queries/find-report";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";

const HASAKA = `title: Clashes in Hasaka
outlet: ARA News
url: https://example.org/issue-13/hasaka
published: 2015-06-26

Hasaka, Syria - At least 12 regime soldiers were killed in clashes with Islamic State militants in Hasaka on Thursday, the Syrian Observatory for Human Rights said.
`;

type Handler = (request: Request, context: never) => Promise<Response>;
async function get(handler: Handler, query = ""): Promise<Response> {
  const res = await handler(new Request(`http://localhost/api/x${query}`), undefined as never);
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
}

let db: TestDatabase;
let reportId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), "hasaka-"));
  await writeFile(path.join(dir, "hasaka.txt"), HASAKA);
  const summary = await ingestReportFiles(db.prisma, [dir]);
  expect(summary.failed).toEqual([]);
  reportId = summary.created[0].reportId;
});
afterAll(() => db.drop());

describe("a report that says 'Hasaka'", () => {
  it("is listed on /claims at al-Hasakah, with 'Hasaka' kept as written", async () => {
    const body = await (await get(getClaims)).json();
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ place: "al-Hasakah", location: "Hasaka", low: 12, side: "regime" });
  });

  it("is shown on /reports/[id] at al-Hasakah, with 'Hasaka' as written beside the quote", async () => {
    const report = await findReport(reportId);
    expect(report!.claims.map((c) => [c.place, c.placeText])).toEqual([["al-Hasakah", "Hasaka"]]);
  });

  it("is one event at al-Hasakah in /compare and /uncertainty", async () => {
    expect((await (await get(getComparison)).json()).rows.map((r: { place: string }) => r.place)).toEqual(["al-Hasakah"]);
    expect((await (await get(getUncertainty)).json()).rows.map((r: { place: string }) => r.place)).toEqual(["al-Hasakah"]);
  });

  it("is at al-Hasakah in the claims CSV, with the words as written in the column before the quote", async () => {
    const lines = (await (await get(getClaimsCsv)).text()).trimEnd().split("\r\n");
    const header = lines[0].split(",");
    const row = lines[1].split(",");
    expect(row[header.indexOf("location")]).toBe("al-Hasakah");
    expect(header.slice(-2)).toEqual(["locationAsWritten", "quote"]);
    expect(row[header.indexOf("locationAsWritten")]).toBe("Hasaka");
  });

  it("is at al-Hasakah in the comparison and uncertainty CSVs, never under the written name", async () => {
    for (const handler of [getComparisonCsv, getUncertaintyCsv]) {
      const csv = await (await get(handler)).text();
      expect(csv).toContain("al-Hasakah");
      expect(csv).not.toMatch(/(^|,)Hasaka(,|\r\n)/m);
    }
  });
});
