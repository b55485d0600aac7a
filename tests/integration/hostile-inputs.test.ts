// Each input that once answered 500 (issue 12, item 3 and 7) now answers a 4xx
// whose message names the parameter or field, and stores nothing.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claimsCsv } from "@/app/api/claims.csv/route";
import { GET as claimHistory } from "@/app/api/claims/[id]/history/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listClaims, POST as createClaim } from "@/app/api/claims/route";
import { GET as comparisonCsv } from "@/app/api/comparison.csv/route";
import { GET as comparison } from "@/app/api/comparison/route";
import { GET as breakdownCsv } from "@/app/api/datasets/breakdown.csv/route";
import { GET as breakdown } from "@/app/api/datasets/breakdown/route";
import { DELETE as removeDataset, POST as importDataset } from "@/app/api/datasets/route";
import { GET as spanning } from "@/app/api/events/spanning/route";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as reportsCsv } from "@/app/api/reports.csv/route";
import { GET as listReports, POST as createReport } from "@/app/api/reports/route";
import { GET as timeseriesCsv } from "@/app/api/timeseries.csv/route";
import { GET as timeseries } from "@/app/api/timeseries/route";
import { GET as uncertaintyCsv } from "@/app/api/uncertainty.csv/route";
import { GET as uncertainty } from "@/app/api/uncertainty/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { parseLenient } from "@/lib/filters/parse-search-params";
import { listClaims as queryClaims } from "@/lib/queries/list-claims";
import { claimsQuerySchema, overviewQuerySchema } from "@/lib/schemas/view-queries";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { call, type Handler } from "../fixtures/http";
import { SHARED_DIR } from "../fixtures/shared-corpus";

let db: TestDatabase;
let editor: string;
let reportId: number;
let claimId: number;
beforeAll(async () => {
  db = await createTestDatabase();
  const user = await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  editor = `cc_session=${(await createSession(user.id)).token}`;
  reportId = await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 30 }]);
  claimId = (await db.prisma.claim.findFirstOrThrow({ select: { id: true } })).id;
});
afterAll(() => db.drop());

const FILTER_ENDPOINTS: Record<string, Handler> = {
  "/api/timeseries": timeseries,
  "/api/timeseries.csv": timeseriesCsv,
  "/api/claims": listClaims,
  "/api/claims.csv": claimsCsv,
  "/api/comparison": comparison,
  "/api/comparison.csv": comparisonCsv,
  "/api/uncertainty": uncertainty,
  "/api/uncertainty.csv": uncertaintyCsv,
  "/api/events/spanning": spanning,
};
const BREAKDOWNS: Record<string, Handler> = { "/api/datasets/breakdown": breakdown, "/api/datasets/breakdown.csv": breakdownCsv };

async function expect400Naming(res: Response, name: string): Promise<void> {
  expect(res.status).toBe(400);
  expect((await res.json()).error.message).toContain(name);
}

describe.each(Object.entries(FILTER_ENDPOINTS))("GET %s", (path, handler) => {
  it.each(["from=0000-01-01", "to=0000-01-01", "from=9999-12-31", "to=1899-12-31", "from=2015-02-30"])("answers 400 naming the parameter for %s", async (query) => {
    await expect400Naming(await call(handler, { path: `${path}?${query}` }), `\`${query.split("=")[0]}\``);
  });

  it.each(["outlet", "claimant", "place", "dataset"])("answers 400 naming %s for a NUL byte or a control character", async (param) => {
    await expect400Naming(await call(handler, { path: `${path}?${param}=%00` }), `\`${param}\``);
    await expect400Naming(await call(handler, { path: `${path}?${param}=a%1Bb` }), `\`${param}\``);
  });

  it("still takes a date inside 1900..2100", async () => {
    expect((await call(handler, { path: `${path}?from=1900-01-01&to=2100-12-31` })).status).toBe(200);
  });
});

describe.each(Object.entries(BREAKDOWNS))("GET %s", (path, handler) => {
  it("answers 400 naming `from` for a date out of range, and `name` for a NUL byte", async () => {
    await expect400Naming(await call(handler, { path: `${path}?name=UCDP&from=0000-01-01` }), "`from`");
    await expect400Naming(await call(handler, { path: `${path}?name=%00` }), "`name`");
  });
});

describe("integers in URLs", () => {
  it.each(["0x10", "1e1", "+2", "2.0", " 2", "99999999999"])("GET /api/claims?page=%s answers 400 naming page (only decimal digits are read)", async (page) => {
    await expect400Naming(await call(listClaims, { path: `/api/claims?page=${encodeURIComponent(page)}` }), "`page`");
  });

  it("GET /api/reports?pageSize=0x10 answers 400", async () => {
    await expect400Naming(await call(listReports, { path: "/api/reports?pageSize=0x10" }), "`pageSize`");
  });

  it.each(["99999999999", "0x10", "1e3", "%FF", "-1"])("an id of %s in a path is no such claim (404)", async (id) => {
    expect((await call(getClaim, { params: { id } })).status).toBe(404);
    expect((await call(claimHistory, { params: { id }, cookie: editor })).status).toBe(404);
  });
});

describe("DELETE /api/datasets", () => {
  it("answers 400 naming `name` for a NUL byte", async () => {
    const admin = await createOrUpdateUser(db.prisma, "admin@example.org", "correct horse battery", "admin");
    const cookie = `cc_session=${(await createSession(admin.id)).token}`;
    await expect400Naming(await call(removeDataset, { method: "DELETE", path: "/api/datasets?name=%00", cookie }), "`name`");
    await expect400Naming(await call(removeDataset, { method: "DELETE", path: "/api/datasets", cookie }), "`name`");
  });
});

describe("PATCH /api/claims/[id]", () => {
  const patch = (body: Record<string, unknown>) => call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, body: { version: 1, ...body }, cookie: editor });

  it.each(["2015-13-01", "9999-99-99", "2015-02-30", "0000-01-01", "2101-01-01"])("answers 400 naming periodStart for %s and changes nothing", async (date) => {
    const before = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    await expect400Naming(await patch({ periodStart: date, periodEnd: null }), "periodStart");
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).toEqual(before);
  });

  it("answers 400 naming eventId for an id beyond PostgreSQL's integer range", async () => {
    await expect400Naming(await patch({ eventId: 99_999_999_999 }), "eventId");
  });

  it("answers 400 naming claimant for a NUL byte", async () => {
    await expect400Naming(await patch({ claimant: "SOHR\u0000" }), "claimant");
  });
});

describe("POST /api/claims", () => {
  const base = { spanStart: 0, spanEnd: 5, side: "regime", outcome: "killed", qualifier: "exact", low: 3, high: 3, claimant: "SOHR", location: null, periodStart: null, periodEnd: null, scope: "incident" };

  it("answers 400 naming reportId for an id beyond the integer range", async () => {
    await expect400Naming(await call(createClaim, { method: "POST", body: { ...base, reportId: 99_999_999_999 }, cookie: editor }), "reportId");
  });

  it("answers 400 naming the field for a NUL byte, an impossible date or a lone surrogate", async () => {
    await expect400Naming(await call(createClaim, { method: "POST", body: { ...base, reportId, claimant: "\u0000" }, cookie: editor }), "claimant");
    await expect400Naming(await call(createClaim, { method: "POST", body: { ...base, reportId, periodStart: "2015-02-30", periodEnd: null }, cookie: editor }), "periodStart");
    await expect400Naming(await call(createClaim, { method: "POST", body: { ...base, reportId, location: "Raqqa\uD800" }, cookie: editor }), "location");
    expect(await db.prisma.claim.count()).toBe(1);
  });
});

describe("POST /api/reports", () => {
  const report = { title: "A report", outlet: "SOHR", text: "At least 5 regime soldiers were killed in Hasakah on Thursday, SOHR said." };
  const post = (body: unknown) => call(createReport, { method: "POST", body, cookie: editor });

  it.each(["title", "outlet", "text"])("answers 400 naming %s for a NUL byte, and stores nothing", async (field) => {
    await expect400Naming(await post({ ...report, [field]: `${report[field as keyof typeof report]}\u0000` }), field);
    expect(await db.prisma.report.count()).toBe(1);
  });

  it("keeps tabs and line breaks in a report's text", async () => {
    expect((await post({ ...report, text: `${report.text}\r\n\tIndented line.` })).status).toBe(201);
  });

  it.each(["2015-02-30", "2015-13", "0000-01-01"])("answers 400 naming published for %s", async (published) => {
    await expect400Naming(await post({ ...report, title: "Dated", published }), "published");
  });

  it("answers 400 for a body that is not valid UTF-8, as the command-line ingest does, and stores no U+FFFD", async () => {
    const json = Buffer.from(JSON.stringify({ ...report, title: "Latin-1", text: "Deir ez-Zor: 4 killed. X" }));
    json[json.indexOf("X")] = 0xe9; // a Latin-1 "é", not UTF-8
    const headers = { host: "localhost:3000", origin: "http://localhost:3000", cookie: editor, "content-type": "application/json" };
    const res = await createReport(new Request("http://localhost:3000/api/reports", { method: "POST", headers, body: json }), {} as never);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not valid UTF-8/);
    expect(await db.prisma.report.count({ where: { text: { contains: "\uFFFD" } } })).toBe(0);
  });
});

describe("POST /api/datasets", () => {
  it("refuses a file with a header row and no data rows, in one sentence, and creates no data set", async () => {
    const sample = await readFile(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8");
    const header = sample.slice(0, sample.indexOf("\n") + 1);
    const res = await call(importDataset, { method: "POST", body: { fileName: "ged991.csv", name: "UCDP GED 99.1", content: header }, cookie: editor });
    expect([400, 422]).toContain(res.status);
    expect((await res.json()).error.message).toBe("The file has a header row but no data rows, so there is nothing to import.");
    expect(await db.prisma.outlet.count({ where: { name: "UCDP GED 99.1" } })).toBe(0);
  });
});

describe("a malformed session cookie is no session", () => {
  const cookie = "cc_session=%ZZ";
  it("GET /api/claims answers 200, as to a visitor", async () => {
    expect((await call(listClaims, { cookie })).status).toBe(200);
  });
  it("PATCH answers 401, POST /api/auth/logout 204", async () => {
    expect((await call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, body: { version: 1 }, cookie })).status).toBe(401);
    expect((await call(logout, { method: "POST", cookie })).status).toBe(204);
  });
  it("POST /api/auth/login signs in as usual, and a NUL in the e-mail is a 400 naming email", async () => {
    expect((await call(login, { method: "POST", body: { email: "editor@example.org", password: "correct horse battery" }, cookie })).status).toBe(200);
    await expect400Naming(await call(login, { method: "POST", body: { email: "editor@example.org\u0000", password: "x" }, cookie }), "email");
  });
  it("every CSV export answers too", async () => {
    for (const handler of [claimsCsv, reportsCsv, timeseriesCsv]) expect((await call(handler, { cookie })).status).toBe(200);
  });
});

describe("pages (lenient parsing)", () => {
  it("/?from=0000-01-01 falls back to no date, and /claims?outlet=%00 to every outlet, so the page renders", async () => {
    const overview = parseLenient(overviewQuerySchema, { from: "0000-01-01", to: "2015-12-31" });
    expect([overview.from, overview.to]).toEqual([undefined, "2015-12-31"]);
    const q = parseLenient(claimsQuerySchema, { outlet: ["\u0000", "SOHR"], page: "0x10" });
    expect(q).toMatchObject({ outlet: ["SOHR"], page: 1 });
    expect((await queryClaims(q, q)).total).toBeGreaterThan(0);
  });
});
