// Importing a data set from the browser (POST /api/datasets) and what editors may
// not do to a data set's rows: they are kept as published.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { POST as createClaimRoute } from "@/app/api/claims/route";
import { DELETE as removeRoute, GET as listDatasetsRoute, POST as importRoute } from "@/app/api/datasets/route";
import { POST as mergeRoute } from "@/app/api/events/merge/route";
import { GET as listReportsRoute } from "@/app/api/reports/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const FILE = "ucdp_ged_v23_1_sample1000.csv";
let db: TestDatabase;
let editor: string;
let content: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  const res = await login(
    new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "editor@example.org", password: "correct horse battery" }) }),
    {} as never,
  );
  editor = cookieFrom(res);
  content = await readFile(path.join(SHARED_DIR, "data", "real", FILE), "utf8");
});
afterAll(() => db.drop());

const post = (body: unknown, cookie: string | null = editor) => call(importRoute, { method: "POST", path: "/api/datasets", body, cookie });

describe("POST /api/datasets", () => {
  it("answers 401 to a visitor and imports nothing", async () => {
    const res = await post({ fileName: FILE, content }, null);
    expect(res.status).toBe(401);
    expect(await db.prisma.datasetEvent.count()).toBe(0);
  });

  it("refuses a file of another kind with 400 and a sentence saying what was expected", async () => {
    const res = await post({ fileName: "report.csv", content: "title,outlet,text\nA,B,C\n" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not a data set the importer knows.*Expected one of: UCDP GED, Syria release layout \(41 columns\); UCDP GED, standard layout \(49 columns\)/);
  });

  it("refuses a country no row is about with 400, naming the file's countries, and makes no source", async () => {
    const res = await post({ fileName: FILE, content, country: "Narnia" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/None of the file's 1,000 rows is about Narnia; it has .*Syria \(265\)/);
    expect(await db.prisma.outlet.count({ where: { kind: "dataset" } })).toBe(0);
  });

  it("answers 400 naming the field for an empty file", async () => {
    const res = await post({ fileName: FILE, content: "" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/content/);
  });

  it("imports the file for an editor, with its summary and an audit row; a second time adds nothing", async () => {
    const res = await post({ fileName: FILE, content });
    expect(res.status).toBe(201);
    const summary = await res.json();
    expect(summary).toMatchObject({ dataset: "UCDP GED 23.1", layout: "ucdp-ged", rowsRead: 1000, imported: 265, outsideCountry: 735 });
    expect(await db.prisma.auditEntry.count({ where: { action: "import_dataset", entityType: "dataset_import" } })).toBe(1);
    const again = await (await post({ fileName: FILE, content })).json();
    expect([again.imported, again.alreadyImported]).toEqual([0, 265]);
    const listed = await (await call(listDatasetsRoute, {})).json();
    expect(listed.datasets).toEqual([expect.objectContaining({ name: "UCDP GED 23.1", events: 265 })]);
  });

  it("refuses a data-set name that is already a news outlet's, with 409", async () => {
    await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 3 }]);
    const res = await post({ fileName: FILE, content, name: "SOHR" });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/news outlet/);
  });
});

describe("a data set's rows are kept as published", () => {
  it("refuses to correct a data set's claim, to add one to its row, or to merge its event, with 409", async () => {
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { outlet: { kind: "dataset" } }, select: { id: true, version: true, reportId: true, eventId: true } });
    const patched = await call(patchClaim, { method: "PATCH", body: { version: claim.version, low: 1 }, cookie: editor, params: { id: String(claim.id) } });
    expect(patched.status).toBe(409);
    expect((await patched.json()).error.message).toMatch(/kept as published/);
    const added = await call(createClaimRoute, { method: "POST", cookie: editor, body: { reportId: claim.reportId, spanStart: 0, spanEnd: 4, side: "regime", outcome: "killed", qualifier: "exact", low: 1, high: 1, claimant: "x", location: null, periodStart: null, periodEnd: null, scope: "incident" } });
    expect(added.status).toBe(409);
    const news = await db.prisma.claim.findFirstOrThrow({ where: { outlet: { kind: { not: "dataset" } }, eventId: { not: null } }, select: { eventId: true } });
    const merged = await call(mergeRoute, { method: "POST", cookie: editor, body: { eventIds: [news.eventId, claim.eventId] } });
    expect(merged.status).toBe(409);
  });

  it("leaves the rows out of the reports list, which is of the news", async () => {
    const body = await (await call(listReportsRoute, { path: "/api/reports" })).json();
    expect(body.rows.map((r: { outlet: string }) => r.outlet)).toEqual(["SOHR"]);
  });
});

describe("DELETE /api/datasets", () => {
  it("is for admins only: 403 for an editor", async () => {
    const res = await call(removeRoute, { method: "DELETE", path: "/api/datasets?name=UCDP%20GED%2023.1", cookie: editor });
    expect(res.status).toBe(403);
  });

  it("removes a data set with its rows, claims, imports and its own actor sides, leaving the news untouched", async () => {
    await createOrUpdateUser(db.prisma, "admin@example.org", "correct horse battery", "admin");
    const res = await login(
      new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "admin@example.org", password: "correct horse battery" }) }),
      {} as never,
    );
    const admin = cookieFrom(res);
    const newsClaims = await db.prisma.claim.count({ where: { outlet: { kind: { not: "dataset" } } } });
    const removed = await call(removeRoute, { method: "DELETE", path: "/api/datasets?name=UCDP%20GED%2023.1", cookie: admin });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ dataset: "UCDP GED 23.1", events: 265, imports: 2 });
    expect(await db.prisma.datasetEvent.count()).toBe(0);
    expect(await db.prisma.event.count({ where: { datasetId: { not: null } } })).toBe(0);
    expect(await db.prisma.claim.count()).toBe(newsClaims);
    expect(await db.prisma.side.count({ where: { key: { startsWith: "a-" } } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: "remove_dataset" } })).toBe(1);
    const again = await call(removeRoute, { method: "DELETE", path: "/api/datasets?name=UCDP%20GED%2023.1", cookie: admin });
    expect(again.status).toBe(404);
  });
});
