// Paging by cursor (keyset) must show exactly the rows paging by number (OFFSET)
// shows, in every sort order of every paged view, ties included; a cursor that is not
// ours, or not for this order, is a 400 that says so. And the month x place view reads
// sums kept on write that give the same rows as summing the events on the fly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/claims/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getReports } from "@/app/api/reports/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { loadBenchData } from "@/lib/bench/load-data";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { rebuildAllEventEstimates } from "@/lib/mutations/refresh-event-estimates";
import { getProfile } from "@/lib/profiles";
import { encodeCursor } from "@/lib/schemas/cursor";
import { CLAIM_SORTS, COMPARISON_SORTS } from "@/lib/schemas/sorts";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { seedReport } from "../fixtures/factories";
import type { Handler } from "../fixtures/http";

type Page = { rows: unknown[]; total: number; page: number; nextCursor: string | null; prevCursor: string | null };

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const profile = getProfile();
  const sideIds = await ensureProfileSides(db.prisma, profile);
  // Generated data has many ties (equal spreads, dates, places, sides) and some undated claims and reports.
  await loadBenchData(db.url, profile, sideIds, { claims: 400, seed: 7, dropIndexes: false, log: () => {} });
  await rebuildAllEventEstimates(db.prisma);
}, 120_000);
afterAll(() => db.drop());

async function get(handler: Handler, path: string): Promise<Response> {
  return handler(new Request(`http://localhost${path}`), undefined as never);
}
async function page(handler: Handler, path: string): Promise<Page> {
  const res = await get(handler, path);
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<Page>;
}

/** Every page by number, then every page by following nextCursor from page 1, then back by prevCursor: the same rows. */
async function expectCursorMatchesOffset(handler: Handler, route: string, query: string, pageSize: number): Promise<number> {
  const sep = query ? "&" : "";
  const first = await page(handler, `${route}?${query}${sep}pageSize=${pageSize}`);
  const pages = Math.ceil(first.total / pageSize);
  const byNumber = [first.rows];
  for (let n = 2; n <= pages; n++) byNumber.push((await page(handler, `${route}?${query}${sep}pageSize=${pageSize}&page=${n}`)).rows);

  const byCursor = [first.rows];
  const visited = [first];
  for (let at = first; at.nextCursor; ) {
    at = await page(handler, `${route}?${query}${sep}pageSize=${pageSize}&cursor=${at.nextCursor}`);
    expect(at.page).toBe(byCursor.length + 1);
    expect(at.total).toBe(first.total); // carried from the first page, not counted again
    byCursor.push(at.rows);
    visited.push(at);
  }
  expect(byCursor).toEqual(byNumber);
  expect(visited.at(-1)!.nextCursor).toBeNull();

  // Back from the last page by prevCursor, one page at a time.
  const backwards: unknown[][] = [];
  for (let at: Page | null = visited.at(-1)!; at; ) {
    backwards.unshift(at.rows);
    at = at.prevCursor ? await page(handler, `${route}?${query}${sep}pageSize=${pageSize}&cursor=${at.prevCursor}`) : null;
  }
  expect(backwards).toEqual(byNumber);
  return pages;
}

describe("GET /api/comparison", () => {
  it("shows, by cursor, exactly the rows page numbers show, in every sort order and direction", async () => {
    for (const sort of COMPARISON_SORTS) {
      for (const dir of ["asc", "desc"]) {
        const pages = await expectCursorMatchesOffset(getComparison, "/api/comparison", `sort=${sort}&dir=${dir}`, 37);
        expect(pages, `${sort} ${dir}`).toBeGreaterThan(3);
      }
    }
  }, 300_000);

  it("pages by cursor under filters, and on the claims themselves when an outlet is picked", async () => {
    await expectCursorMatchesOffset(getComparison, "/api/comparison", "sort=spread&outcome=killed&side=regime", 11);
    await expectCursorMatchesOffset(getComparison, "/api/comparison", "sort=place&dir=asc&outlet=SOHR", 13);
  }, 120_000);

  it("gives a deep page's next cursor to a page asked for by number", async () => {
    const third = await page(getComparison, "/api/comparison?sort=best&page=3&pageSize=20");
    const fourth = await page(getComparison, "/api/comparison?sort=best&page=4&pageSize=20");
    expect((await page(getComparison, `/api/comparison?sort=best&pageSize=20&cursor=${third.nextCursor}`)).rows).toEqual(fourth.rows);
  });

  it("answers 400, naming the cursor, for one that is not ours, or was made for another sort order", async () => {
    for (const bad of ["nonsense!", "eyJ2aWV3Ijoi", encodeCursor({ view: "comparison:date:desc", dir: "after", key: ["not a date", "1", "1", "killed"], page: 2, total: 5 })]) {
      const res = await get(getComparison, `/api/comparison?cursor=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/Parameter `cursor` is not a cursor this site made/);
    }
    const first = await page(getComparison, "/api/comparison?sort=spread&pageSize=5");
    const res = await get(getComparison, `/api/comparison?sort=low&cursor=${first.nextCursor}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/Parameter `cursor` was made for another view or sort order/);
    expect((await get(getComparison, `/api/comparison?by=month-place&cursor=${first.nextCursor}`)).status).toBe(400);
  });
});

describe("GET /api/uncertainty", () => {
  it("shows, by cursor, exactly the rows page numbers show, for each outcome", async () => {
    for (const outcome of ["killed", "wounded"]) await expectCursorMatchesOffset(getUncertainty, "/api/uncertainty", `outcome=${outcome}`, 9);
  }, 120_000);

  it("answers 400 for a comparison's cursor", async () => {
    const first = await page(getComparison, "/api/comparison?pageSize=5");
    const res = await get(getUncertainty, `/api/uncertainty?cursor=${first.nextCursor}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/`cursor`/);
  });
});

describe("GET /api/claims", () => {
  it("shows, by cursor, exactly the rows page numbers show, in every sort order and direction (undated claims last)", async () => {
    for (const sort of CLAIM_SORTS) {
      for (const dir of ["asc", "desc"]) await expectCursorMatchesOffset(getClaims, "/api/claims", `sort=${sort}&dir=${dir}`, 61);
    }
  }, 300_000);
});

describe("GET /api/reports", () => {
  it("shows, by cursor, exactly the rows page numbers show, undated reports last", async () => {
    await seedReport(db.prisma, { outlet: "SOHR", published: null }, [{ side: "regime", low: 4, quote: "4 soldiers died" }]);
    await seedReport(db.prisma, { outlet: "SOHR", published: null }, [{ side: "regime", low: 6, quote: "6 soldiers died" }]);
    await expectCursorMatchesOffset(getReports, "/api/reports", "", 17);
    expect((await get(getReports, "/api/reports?cursor=abc")).status).toBe(400);
  }, 120_000);
});

describe("GET /api/comparison?by=month-place", () => {
  type MonthPlace = { rows: { month: string; place: string | null; side: string }[]; total: number };
  // A `from` before every event makes the view sum the events on the fly (a month's sums cannot say which events overlap a date):
  // the same rows must come from both.
  async function expectSumsMatchEvents(query: string): Promise<void> {
    const sums = await page(getComparison, `/api/comparison?by=month-place&pageSize=500&${query}`) as unknown as MonthPlace;
    const events = await page(getComparison, `/api/comparison?by=month-place&pageSize=500&from=1900-01-01&${query}`) as unknown as MonthPlace;
    expect(sums.total, query).toBeGreaterThan(0);
    expect(sums.rows, query).toEqual(events.rows);
  }

  it("gives the same rows from the month sums kept on write as from the events, before and after writes", async () => {
    const [busiest] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT p.name FROM events e JOIN places p ON p.id = e.place_id GROUP BY p.name ORDER BY count(*) DESC, p.name LIMIT 1`;
    for (const query of ["sort=date&dir=asc", "sort=best", "side=regime&side=is&sort=high", `place=${encodeURIComponent(busiest.name)}&sort=date`, "outcome=wounded&sort=place&dir=asc", "convention=acled&sort=low"]) {
      await expectSumsMatchEvents(query);
    }
    // Writes move events between months, places and sides: the sums follow.
    await seedReport(db.prisma, { outlet: "SOHR", published: "2016-03-05" }, [
      { side: "regime", low: 12, high: 15, location: "Aleppo", periodStart: "2016-03-04", quote: "12 to 15 soldiers were killed in Aleppo" },
      { side: "is", low: 40, high: null, numberText: "at least 40", location: "Aleppo", periodStart: "2016-03-04", quote: "at least 40 IS fighters died in Aleppo" },
    ]);
    await expectSumsMatchEvents("sort=date&dir=asc");
    await expectEstimatesCurrent(db.prisma);
  }, 120_000);
});
