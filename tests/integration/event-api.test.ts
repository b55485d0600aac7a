// One event's page data on a real database: what happened where and when, each side's
// low/best/high as every other view shows it, the claims and the working behind it,
// the data sets' rows for its place and month, its history, and clear 400s and 404s.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getEvent } from "@/app/api/events/[id]/route";
import { POST as createReport } from "@/app/api/reports/route";
import { GET as getUncertainty } from "@/app/api/uncertainty/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { importDataset } from "@/lib/mutations/import-dataset";
import { getProfile } from "@/lib/profiles";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";

let db: TestDatabase;
let editor: string;
let battle: number;
const ids: Record<string, number> = {};

async function eventOf(quote: string): Promise<number> {
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { quote }, select: { id: true, eventId: true } });
  ids[quote] = claim.id;
  return claim.eventId!;
}

async function getJson(id: string | number, options: { query?: string; cookie?: string } = {}): Promise<{ status: number; body: any }> {
  const res = await call(getEvent, { path: `/api/events/${id}${options.query ?? ""}`, params: { id: String(id) }, cookie: options.cookie });
  return { status: res.status, body: await res.json() };
}

const get = (handler: typeof getUncertainty, query: string) => call(handler, { path: `/api/x${query}` }).then((r) => r.json());

// Two rows in al-Hasakah (by their coordinates) in June 2015, one in July, one in Qamishli: a GED reduced file.
const GED = `id,year,month,day,country,type_of_violence,conflict_name,side_a,side_b,latitude,longitude,low_death,best_death,high_death
9001,2015,6,24,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.50,40.75,40,52,60
9002,2015,6,28,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.51,40.74,3,4,5
9003,2015,7,2,Syria,State-based violence,Syria: Government,Government of Syria,IS,36.50,40.75,7,7,7
9004,2015,6,25,Syria,State-based violence,Syria: Government,Government of Syria,IS,37.05,41.22,9,9,9
`;

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "editor@example.org", "correct horse battery", "editor");
  editor = cookieFrom(await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "editor@example.org", password: "correct horse battery" }) }), {} as never));
  // One battle in al-Hasakah on 25 June 2015, reported three ways.
  await seedReport(db.prisma, { outlet: "SOHR", title: "Battle for al-Hasakah" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    { side: "is", low: 20, quote: "20 IS members" },
  ]);
  await seedReport(db.prisma, { outlet: "ARA News", published: "2015-06-26" }, [
    { side: "regime", low: 71, high: 71, quote: "71 soldiers were killed" },
    { side: "is", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", quote: "dozens of IS militants died" },
    { side: "regime", low: 12, outcome: "wounded", quote: "12 soldiers were wounded" },
  ]);
  // An outlet repeating SOHR's figure is SOHR's claim again, and its later word.
  await seedReport(db.prisma, { outlet: "Rudaw", published: "2015-06-27" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", claimant: "SOHR", quote: "SOHR said at least 30 soldiers died" },
  ]);
  // Another event: Qamishli, the same day.
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-25" }, [{ side: "civilians", low: 3, location: "Qamishli", quote: "3 civilians killed in Qamishli" }]);
  battle = await eventOf("at least 30 members of the regime forces");
  for (const quote of ["20 IS members", "71 soldiers were killed", "dozens of IS militants died", "SOHR said at least 30 soldiers died", "12 soldiers were wounded"]) {
    expect(await eventOf(quote)).toBe(battle);
  }
});
afterAll(() => db.drop());

describe("GET /api/events/[id]", () => {
  it("answers the event's period, canonical place with its coordinates, and scope", async () => {
    // News ingest stores places without coordinates (a data-set import adds them): the profile knows where al-Hasakah is.
    expect(await db.prisma.place.findUniqueOrThrow({ where: { name: "al-Hasakah" }, select: { latitude: true } })).toEqual({ latitude: null });
    const { status, body } = await getJson(battle);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: battle, periodStart: "2015-06-25", periodEnd: "2015-06-25", scope: "incident", isManual: false, dataset: null, convention: "literal-v1",
      place: { name: "al-Hasakah", kind: "city", latitude: expect.closeTo(36.5, 1), longitude: expect.closeTo(40.75, 1) },
    });
  });

  it("lists every claim with its quote, claimant, outlet and report", async () => {
    const { body } = await getJson(battle);
    expect(body.claims).toHaveLength(6);
    const repeat = body.claims.find((c: any) => c.quote === "SOHR said at least 30 soldiers died");
    expect(repeat).toMatchObject({ claimant: "SOHR", outlet: "Rudaw", reportTitle: "Report from Rudaw", numberText: "at least 30", low: 30, high: null, side: "regime", outcome: "killed", publishedOn: "2015-06-27" });
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: repeat.reportId }, select: { title: true } });
    expect(report.title).toBe("Report from Rudaw");
  });

  it("gives each side's low, best and high and names the claims behind them: SOHR counted once, by its latest word", async () => {
    const { body } = await getJson(battle);
    expect(body.estimates.map((e: any) => [e.side, e.outcome, e.low, e.best, e.high, e.highOpen, e.claimantCount, e.claimCount])).toEqual([
      ["regime", "killed", 30, 30, 71, false, 2, 3],
      ["regime", "wounded", 12, 12, 12, false, 1, 1],
      ["is", "killed", 20, 20, 24, true, 2, 2],
    ]);
    const regime = body.estimates[0].derivation;
    // SOHR's own "at least 30" (25 June) gave way to its word as Rudaw carried it (27 June).
    expect(regime.superseded).toEqual([{ claimId: ids["at least 30 members of the regime forces"], byClaimId: ids["SOHR said at least 30 soldiers died"] }]);
    expect(regime.countedClaimIds).toEqual([ids["71 soldiers were killed"], ids["SOHR said at least 30 soldiers died"]].sort((a, b) => a - b));
    expect(regime.lowFrom).toEqual([ids["SOHR said at least 30 soldiers died"]]);
    expect(regime.bestFrom).toEqual([ids["SOHR said at least 30 soldiers died"]]);
    expect(regime.highFrom).toEqual([ids["71 soldiers were killed"]]);
    // "dozens" under literal-v1 is 24 and open: it states the high, which stays open.
    expect(body.estimates[2].derivation.highFrom).toEqual([ids["dozens of IS militants died"]]);
  });

  it.each(["literal-v1", "acled"])("has the same low, best and high for every side as the uncertainty API (%s)", async (convention) => {
    const { body } = await getJson(battle, { query: `?convention=${convention}` });
    expect(body.convention).toBe(convention);
    for (const e of body.estimates) {
      const page = await get(getUncertainty, `?outcome=${e.outcome}&convention=${convention}&pageSize=500`);
      const row = page.rows.find((r: any) => r.eventId === battle && r.side === e.side);
      expect(row, `${e.side} ${e.outcome}`).toBeDefined();
      expect({ low: e.low, best: e.best, high: e.high, highOpen: e.highOpen, disputed: e.disputed, claimantCount: e.claimantCount }).toEqual({
        low: row.low, best: row.best, high: row.high, highOpen: row.highOpen, disputed: row.disputed, claimantCount: row.claimantCount,
      });
    }
    // ACLED reads "dozens" as 12: the IS side's high is SOHR's 20, closed.
    if (convention === "acled") expect(body.estimates.find((e: any) => e.side === "is")).toMatchObject({ low: 12, best: 12, high: 20, highOpen: false });
  });

  it("links to the comparison and uncertainty views filtered to it, and those views list it", async () => {
    const { body } = await getJson(battle);
    expect(body.links.compare).toBe("/compare?place=al-Hasakah&from=2015-06-25&to=2015-06-25&scope=incident");
    expect(body.links.uncertainty.map((u: any) => u.outcome)).toEqual(["killed", "wounded"]);
    expect(body.links.uncertainty[1].href).toBe("/uncertainty?place=al-Hasakah&from=2015-06-25&to=2015-06-25&scope=incident&outcome=wounded");
    const compared = await get(getComparison, body.links.compare.slice("/compare".length));
    expect(new Set(compared.rows.map((r: any) => r.eventId))).toEqual(new Set([battle]));
    expect(compared.rows).toHaveLength(3);
    const wounded = await get(getUncertainty, body.links.uncertainty[1].href.slice("/uncertainty".length));
    expect(wounded.rows.map((r: any) => [r.eventId, r.side, r.best])).toEqual([[battle, "regime", 12]]);
  });

  it("sets beside it the data sets' rows for its place and month, not another month's or place's", async () => {
    await importDataset(db.prisma, { content: GED, fileName: "ged_reduced_test.csv", name: "GED test", country: "Syria", profile: getProfile() });
    const { body } = await getJson(battle);
    expect(body.datasetRows).toMatchObject({ month: "2015-06", place: "al-Hasakah", totals: [{ dataset: "GED test", rows: 2, low: 43, best: 56, high: 65 }] });
    expect(body.datasetRows.rows.map((r: any) => [r.sourceEventId, r.dateStart, r.best])).toEqual([["9001", "2015-06-24", 52], ["9002", "2015-06-28", 4]]);
    // A data set's row has its own event page, its claims kept as published.
    const row = await getJson(body.datasetRows.rows[0].eventId);
    expect(row.body).toMatchObject({ dataset: "GED test", place: { name: "al-Hasakah" }, periodStart: "2015-06-24" });
    expect(row.body.claims.map((c: any) => [c.outlet, c.low])).toEqual([["GED test", 52]]);
    expect(row.body.datasetRows.rows.map((r: any) => r.sourceEventId)).toEqual(["9002"]);
  });

  it("shows the editors' history of its claims, naming the editor to editors only", async () => {
    const claimId = ids["71 soldiers were killed"];
    const res = await call(patchClaim, { method: "PATCH", params: { id: String(claimId) }, cookie: editor, body: { version: 1, low: 70, high: 70 } });
    expect(res.status, await res.clone().text()).toBe(200);
    const asEditor = await getJson(battle, { cookie: editor });
    expect(asEditor.body.history).toEqual([
      expect.objectContaining({ action: "correct", entityType: "claim", entityId: claimId, user: "editor@example.org", changes: expect.arrayContaining([{ field: "low", before: 71, after: 70 }]) }),
    ]);
    expect(asEditor.body.history[0].changes.map((c: any) => c.field)).not.toContain("version");
    const asVisitor = await getJson(battle);
    expect(asVisitor.body.history[0].user).toBe("an editor");
    // The correction reached the estimate, as everywhere else.
    expect(asVisitor.body.estimates[0]).toMatchObject({ side: "regime", outcome: "killed", high: 70 });
  });

  it("answers 404 with a readable message for an event that does not exist", async () => {
    for (const id of ["999999", "0", "99999999999"]) {
      const { status, body } = await getJson(id);
      expect(status, id).toBe(404);
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toMatch(/There is no event/);
    }
  });

  it("answers 400 naming the problem for an id that is not a number, or a bad convention", async () => {
    for (const id of ["abc", "0x10", "1e3", "-1", "12.0", "%00"]) {
      const { status, body } = await getJson(id);
      expect(status, id).toBe(400);
      expect(body.error.message).toMatch(/not a number: write it in digits, as in \/api\/events\/12/);
    }
    const bad = await getJson(battle, { query: "?convention=dozens" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/convention/);
    const unknown = await getJson(battle, { query: "?side=regime" });
    expect(unknown.status).toBe(400);
  });
});

// Issue 13, "The Ramadan/whole-war pair is two events": sentences written for this test
// (not the corpus's), stored through the editors' ingest (POST /api/reports).
const RAMADAN = {
  title: "A month of fasting and funerals",
  outlet: "Syrian Network for Human Rights (SNHR)",
  url: "https://example.org/test/fasting-month",
  published: "2014-07-28",
  text: "The fasting month brought no truce: SNHR said 2,378 people from both sides were killed across Syria during Ramadan.",
};
const WHOLE_WAR = {
  title: "Five years on",
  outlet: "Al-Alam News Network",
  url: "https://example.org/test/five-years",
  published: "2016-02-20",
  text: "Researchers now estimate that some 470,000 people from both sides have been killed since the war began in March 2011.",
};

describe("POST /api/reports with a Ramadan total and a whole-war total", () => {
  it("stores SNHR's 2,378 in Ramadan 2014 and 'some 470,000' since March 2011 as two events, each with its own figure", async () => {
    const stored: number[] = [];
    for (const report of [RAMADAN, WHOLE_WAR]) {
      const res = await call(createReport, { method: "POST", body: report, cookie: editor });
      expect(res.status, await res.clone().text()).toBe(201);
      stored.push((await res.json()).reportId);
    }
    const claims = await db.prisma.claim.findMany({ where: { reportId: { in: stored } }, orderBy: { id: "asc" }, select: { eventId: true, low: true } });
    expect(claims.map((c) => c.low)).toEqual([2378, 470000]);
    const [ramadan, war] = await Promise.all(claims.map((c) => getJson(c.eventId!)));
    // Same side (both sides together), the same place (the country: "across Syria", and a toll of the
    // whole war), both cumulative, periods overlapping: only the period keeps them apart.
    expect(ramadan.body.id).not.toBe(war.body.id);
    expect([ramadan.body.scope, ramadan.body.periodStart, ramadan.body.periodEnd, ramadan.body.place?.name]).toEqual(["cumulative", "2014-06-28", "2014-07-27", "Syria"]);
    expect([war.body.scope, war.body.periodStart, war.body.periodEnd, war.body.place?.name]).toEqual(["cumulative", "2011-03-01", "2016-02-20", "Syria"]);
    expect(ramadan.body.estimates.map((e: any) => [e.side, e.low, e.best, e.high])).toEqual([["mixed", 2378, 2378, 2378]]);
    expect(war.body.estimates.map((e: any) => [e.side, e.low, e.best, e.high])).toEqual([["mixed", 470000, 470000, 470000]]);
    expect(ramadan.body.claims.map((c: any) => c.claimant)).toEqual(["SNHR"]);
    expect(war.body.claims).toHaveLength(1);
    // The editor's ingest is on each event's history.
    expect(ramadan.body.history.map((h: any) => h.action)).toEqual(["ingest"]);
  });
});
