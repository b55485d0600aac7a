// SQL-looking strings in every query parameter are data: a free-text filter
// matches nothing, a closed-vocabulary parameter is a 400, and nothing is harmed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as claims } from "@/app/api/claims/route";
import { GET as comparison } from "@/app/api/comparison/route";
import { GET as timeseries } from "@/app/api/timeseries/route";
import { GET as uncertainty } from "@/app/api/uncertainty/route";
import { GET as spanning } from "@/app/api/events/spanning/route";
import { GET as reports } from "@/app/api/reports/route";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 30 }]);
});
afterAll(() => db.drop());

const INJECTION = "x'); DROP TABLE claims; --";
const routes = { claims, comparison, timeseries, uncertainty, spanning } as const;
const FREE_TEXT = ["outlet", "claimant", "place", "dataset"];
const CLOSED = ["side", "outcome", "scope", "from", "to", "convention"];

describe.each(Object.entries(routes))("GET /api/%s", (_, handler) => {
  const get = (param: string) => handler(new Request(`http://localhost/api/x?${param}=${encodeURIComponent(INJECTION)}`), {} as never);

  it.each(FREE_TEXT)("treats an SQL-looking %s as a name that matches nothing", async (param) => {
    const res = await get(param);
    expect(res.status).toBe(200);
    expect(await db.prisma.claim.count()).toBe(1);
  });

  it.each(CLOSED)("answers 400 naming %s", async (param) => {
    const res = await get(param);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(`\`${param}\``);
  });
});

describe("paging and sorting parameters", () => {
  it.each([
    [claims, "sort"], [claims, "dir"], [claims, "page"], [claims, "pageSize"],
    [comparison, "sort"], [comparison, "by"], [timeseries, "bin"], [uncertainty, "page"], [reports, "page"],
  ] as const)("answer 400 for an SQL-looking %#", async (handler, param) => {
    const res = await handler(new Request(`http://localhost/api/x?${param}=${encodeURIComponent(INJECTION)}`), {} as never);
    expect(res.status).toBe(400);
    expect(await db.prisma.claim.count()).toBe(1);
  });
});

describe("GET /api/comparison?by=month-place", () => {
  it("treats SQL-looking data-set and place names as names that match nothing", async () => {
    const q = new URLSearchParams({ by: "month-place", dataset: INJECTION, place: INJECTION, sort: "ratio" });
    const res = await comparison(new Request(`http://localhost/api/comparison?${q}`), {} as never);
    expect(res.status).toBe(200);
    expect((await res.json()).rows).toEqual([]);
    expect(await db.prisma.claim.count()).toBe(1);
  });
});

describe("GET /api/datasets/breakdown", () => {
  it("treats an SQL-looking data-set name as a name that does not exist (404), and refuses an unknown field (400)", async () => {
    const { GET: breakdown } = await import("@/app/api/datasets/breakdown/route");
    const missing = await breakdown(new Request(`http://localhost/api/datasets/breakdown?name=${encodeURIComponent(INJECTION)}`), {} as never);
    expect(missing.status).toBe(404);
    const field = await breakdown(new Request(`http://localhost/api/datasets/breakdown?name=x&by=${encodeURIComponent(INJECTION)}`), {} as never);
    expect(field.status).toBe(400);
    expect(await db.prisma.claim.count()).toBe(1);
  });
});
