// Corrections that must change what the dashboard shows (issue 12, item 6): an
// editor's count wins over the vague-word convention, and a corrected period moves
// the claim to the event and month ingest would give it, unless an editor pinned it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listClaims } from "@/app/api/claims/route";
import { GET as getComparison } from "@/app/api/comparison/route";
import { GET as getTimeseries } from "@/app/api/timeseries/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";

let db: TestDatabase;
let editor: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "carol@example.org", "correct horse battery", "editor");
  const res = await call(login, { method: "POST", body: { email: "carol@example.org", password: "correct horse battery" } });
  editor = cookieFrom(res);
});
afterAll(() => db.drop());

const patch = (id: number, body: unknown) => call(patchClaim, { method: "PATCH", body, cookie: editor, params: { id: String(id) } });
const read = async (handler: typeof getTimeseries, query: string) => {
  const res = await handler(new Request(`http://localhost/api/x${query}`), undefined as never);
  expect(res.status).toBe(200);
  return res.json();
};
const claimOf = (reportId: number) => db.prisma.claim.findFirstOrThrow({ where: { reportId }, orderBy: { id: "asc" } });

describe("PATCH /api/claims/[id]: a corrected count on a vague claim", () => {
  it("wins over the convention in every estimate, under both conventions, and the claim says so", async () => {
    const reportId = await seedReport(db.prisma, { outlet: "ARA News", published: "2016-02-10" }, [
      { side: "is", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", location: "Shaddadi", periodStart: "2016-02-09", quote: "dozens of IS militants died" },
    ]);
    const claim = await claimOf(reportId);
    const query = "?side=is&from=2016-02-01&to=2016-02-29";
    expect((await read(getTimeseries, query)).points).toEqual([expect.objectContaining({ low: 24, best: 24 })]);

    const res = await patch(claim.id, { version: claim.version, low: 16 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ qualifier: "vague", vagueTerm: "dozens", low: 16, high: null, point: 16, countCorrected: true, reviewStatus: "corrected" });

    for (const convention of ["literal-v1", "acled"]) {
      expect((await read(getTimeseries, `${query}&convention=${convention}`)).points, convention).toEqual([expect.objectContaining({ low: 16, best: 16, highOpen: true })]);
      const rows = (await read(getComparison, `${query}&convention=${convention}`)).rows;
      expect(rows, convention).toEqual([expect.objectContaining({ low: 16, best: 16 })]);
      // The on-the-fly path (an outlet filter) reads the claim the same way.
      expect((await read(getTimeseries, `${query}&convention=${convention}&outlet=ARA%20News`)).points).toEqual([expect.objectContaining({ low: 16, best: 16 })]);
    }
    const listed = (await read(listClaims, query)).rows;
    expect(listed).toEqual([expect.objectContaining({ id: claim.id, low: 16, countCorrected: true, numberText: "dozens of" })]);
    expect(await (await call(getClaim, { params: { id: String(claim.id) } })).json()).toMatchObject({ countCorrected: true });
    await expectEstimatesCurrent(db.prisma);
  });

  it("leaves an uncorrected vague claim to the convention", async () => {
    const reportId = await seedReport(db.prisma, { outlet: "Rudaw", published: "2016-03-10" }, [
      { side: "kurdish", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", location: "Tal Hamis", periodStart: "2016-03-09", quote: "dozens of fighters" },
    ]);
    const claim = await claimOf(reportId);
    const res = await patch(claim.id, { version: claim.version, reviewStatus: "accepted" });
    expect(await res.json()).toMatchObject({ countCorrected: false });
    expect((await read(getTimeseries, "?side=kurdish&from=2016-03-01&to=2016-03-31&convention=acled")).points).toEqual([expect.objectContaining({ low: 12, best: 12 })]);
  });
});

describe("PATCH /api/claims/[id]: a corrected period", () => {
  it("moves the claim to the event and month ingest would give it, and the time series follows", async () => {
    const first = await seedReport(db.prisma, { outlet: "SOHR", published: "2017-05-03" }, [{ side: "regime", low: 9, location: "Deir ez-Zor", periodStart: "2017-05-02", quote: "9 soldiers" }]);
    const second = await seedReport(db.prisma, { outlet: "SANA", published: "2017-05-03" }, [{ side: "regime", low: 5, location: "Deir ez-Zor", periodStart: "2017-05-02", claimant: "SANA", quote: "5 soldiers" }]);
    // Already there: an event in June at the same place, which the moved claim must join.
    const june = await seedReport(db.prisma, { outlet: "Rudaw", published: "2017-06-12" }, [{ side: "regime", low: 30, location: "Deir ez-Zor", periodStart: "2017-06-11", claimant: "Rudaw", quote: "30 soldiers" }]);
    const [a, b, j] = await Promise.all([claimOf(first), claimOf(second), claimOf(june)]);
    expect(a.eventId).toBe(b.eventId);
    const months = async () => (await read(getTimeseries, "?side=regime&from=2017-01-01&to=2017-12-31")).points.map((p: { bin: string; best: number; events: number }) => [p.bin, p.best, p.events]);
    expect(await months()).toEqual([["2017-05-01", 5, 1], ["2017-06-01", 30, 1]]);

    const res = await patch(b.id, { version: b.version, periodStart: "2017-06-11", periodEnd: "2017-06-11" });
    expect(res.status).toBe(200);
    expect((await res.json()).eventId).toBe(j.eventId);
    expect(await months()).toEqual([["2017-05-01", 9, 1], ["2017-06-01", 5, 1]]);
    await expectEstimatesCurrent(db.prisma);

    // The last claim of its event moves to a month with no event: a new event; the empty one goes.
    const fresh = await db.prisma.claim.findUniqueOrThrow({ where: { id: a.id } });
    const moved = await (await patch(a.id, { version: fresh.version, periodStart: "2017-08-20", periodEnd: "2017-08-20" })).json();
    expect(moved.eventId).not.toBe(a.eventId);
    expect(await db.prisma.event.findUnique({ where: { id: a.eventId! } })).toBeNull();
    expect(await db.prisma.event.findUniqueOrThrow({ where: { id: moved.eventId } })).toMatchObject({ periodStart: new Date("2017-08-20T00:00:00Z") });
    // July between them is an empty bin (null, not zero).
    expect((await months()).filter(([, best]: [string, number | null]) => best !== null)).toEqual([["2017-06-01", 5, 1], ["2017-08-01", 9, 1]]);
    await expectEstimatesCurrent(db.prisma);
  });

  it("keeps a claim an editor pinned to its event where it is", async () => {
    const reportId = await seedReport(db.prisma, { outlet: "SOHR", published: "2018-01-05" }, [{ side: "civilians", low: 4, location: "Afrin", periodStart: "2018-01-04", quote: "4 civilians" }]);
    const other = await seedReport(db.prisma, { outlet: "Rudaw", published: "2018-01-21" }, [{ side: "civilians", low: 7, location: "Jandairis", periodStart: "2018-01-20", claimant: "Rudaw", quote: "7 civilians" }]);
    const [claim, target] = await Promise.all([claimOf(reportId), claimOf(other)]);
    const pinned = await (await patch(claim.id, { version: claim.version, eventId: target.eventId })).json();
    expect(pinned).toMatchObject({ eventId: target.eventId, eventPinned: true });
    const res = await patch(claim.id, { version: pinned.version, periodStart: "2018-03-01", periodEnd: "2018-03-01" });
    expect(await res.json()).toMatchObject({ eventId: target.eventId, periodStart: "2018-03-01" });
    await expectEstimatesCurrent(db.prisma);
  });
});
