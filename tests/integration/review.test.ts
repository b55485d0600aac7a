// Editors reviewing claims and ingesting reports from the browser: versions, 409s,
// the audit trail, and the limits every input goes through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as getClaimHistoryCsv } from "@/app/api/claims/[id]/history.csv/route";
import { GET as getClaimHistory } from "@/app/api/claims/[id]/history/route";
import { GET as getClaim, PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { GET as listClaims, POST as createClaimRoute } from "@/app/api/claims/route";
import { POST as splitRoute } from "@/app/api/events/[id]/split/route";
import { POST as mergeRoute } from "@/app/api/events/merge/route";
import { POST as previewReport } from "@/app/api/reports/preview/route";
import { POST as createReport } from "@/app/api/reports/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent as expectEstimatesCurrentIn } from "../fixtures/estimates";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";

let db: TestDatabase;
let alice: string;
let bob: string;
let claimId: number;

async function signIn(email: string): Promise<string> {
  const res = await login(new Request("http://localhost:3000/api/auth/login", { method: "POST", headers: { host: "localhost:3000", origin: "http://localhost:3000" }, body: JSON.stringify({ email, password: "correct horse battery" }) }), {} as never);
  return cookieFrom(res);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await createOrUpdateUser(db.prisma, "alice@example.org", "correct horse battery", "editor");
  await createOrUpdateUser(db.prisma, "bob@example.org", "correct horse battery", "editor");
  alice = await signIn("alice@example.org");
  bob = await signIn("bob@example.org");
  const reportId = await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 30, high: null, numberText: "at least 30" }, { side: "is", low: 20 }]);
  claimId = (await db.prisma.claim.findFirstOrThrow({ where: { reportId }, orderBy: { id: "asc" } })).id;
});
afterAll(() => db.drop());

const patch = (body: unknown, cookie = alice, id = claimId) => call(patchClaim, { method: "PATCH", body, cookie, params: { id: String(id) } });

describe("PATCH /api/claims/[id]", () => {
  it("corrects a claim, bumps its version and records who changed what", async () => {
    const res = await patch({ version: 1, low: 31, side: "regime", claimant: "SOHR" });
    expect(res.status).toBe(200);
    const claim = await res.json();
    expect(claim).toMatchObject({ version: 2, low: 31, high: null, reviewStatus: "corrected" });
    const history = await (await call(getClaimHistory, { cookie: alice, params: { id: String(claimId) } })).json();
    expect(history.entries).toHaveLength(1);
    expect(history.entries[0]).toMatchObject({ user: "alice@example.org", action: "correct", before: { low: 30, version: 1 }, after: { low: 31, version: 2 } });
  });

  it("lets exactly one of two editors saving the same version win; the other gets 409 with the winner's claim", async () => {
    const auditBefore = await db.prisma.auditEntry.count();
    const [a, b] = await Promise.all([patch({ version: 2, low: 35 }, alice), patch({ version: 2, low: 40 }, bob)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const body = await loser.json();
    expect(body.error.code).toBe("conflict");
    expect(body.error.current.version).toBe(3);
    expect([35, 40]).toContain(body.error.current.low);
    expect(await db.prisma.auditEntry.count()).toBe(auditBefore + 1);
  });

  it("keeps a rejected claim but leaves it out of every view", async () => {
    const current = await (await call(getClaim, { params: { id: String(claimId) } })).json();
    const res = await patch({ version: current.version, reviewStatus: "rejected" });
    expect((await res.json()).reviewStatus).toBe("rejected");
    expect(await db.prisma.claim.count({ where: { id: claimId } })).toBe(1);
    const listed = await (await call(listClaims)).json();
    expect(listed.rows.map((r: { id: number }) => r.id)).not.toContain(claimId);
  });

  it.each([
    [{ version: 1, low: 10, high: 5 }, /^high: must not be below low/],
    [{ version: 1, low: -1 }, /^low: must not be negative/],
    [{ version: 1, colour: "red" }, /Unrecognized key/],
    [{ version: 1, side: "martians" }, /^side: "martians" is not a side/],
    [{ version: 1, periodStart: "2015-07-01", periodEnd: "2015-06-01" }, /^periodEnd: must not be before periodStart/],
  ])("answers 400 naming the field for %j", async (body, message) => {
    const res = await patch(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  it("answers 404 for a claim that does not exist, 401 without a session", async () => {
    expect((await patch({ version: 1, low: 1 }, alice, 999999)).status).toBe(404);
    expect((await patch({ version: 1, low: 1 }, "")).status).toBe(401);
  });

  it("stores SQL-looking text as data", async () => {
    const other = await db.prisma.claim.findFirstOrThrow({ where: { id: { not: claimId } } });
    const res = await patch({ version: other.version, claimant: "Robert'); DROP TABLE claims;--" }, alice, other.id);
    expect((await res.json()).claimant).toBe("Robert'); DROP TABLE claims;--");
    expect(await db.prisma.claim.count()).toBeGreaterThan(1);
  });

  it("exports the claim's history as CSV", async () => {
    const res = await call(getClaimHistoryCsv, { cookie: bob, params: { id: String(claimId) } });
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,user,action,before,after");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toContain(",alice@example.org,rejected,");
  });
});

describe("POST /api/reports (ingest in the browser)", () => {
  const report = { title: "Clashes in Qamishli", outlet: "Field notes", published: "2016-03-02", text: "At least 12 YPG fighters were killed on Monday in clashes near Qamishli." };

  it("previews the claims without storing anything", async () => {
    const res = await call(previewReport, { method: "POST", body: report, cookie: alice });
    const body = await res.json();
    expect(body.claims).toEqual([expect.objectContaining({ side: "kurdish", low: 12, high: null, periodStart: "2016-02-29" })]);
    expect(await db.prisma.report.count({ where: { title: report.title } })).toBe(0);
  });

  it("stores the report with its claims and an audit row, and refuses the same text twice with 409", async () => {
    const res = await call(createReport, { method: "POST", body: report, cookie: alice });
    expect(res.status).toBe(201);
    const { reportId, claimCount } = await res.json();
    expect(claimCount).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { entityType: "report", entityId: reportId, action: "ingest" } })).toBe(1);
    const again = await call(createReport, { method: "POST", body: report, cookie: bob });
    expect(again.status).toBe(409);
    expect((await again.json()).error.reportId).toBe(reportId);
  });

  it("reduces HTML to text: scripts and handlers are gone, the words stay", async () => {
    const html = `<h1>Attack</h1><p>Five <b>civilians</b> were killed on Tuesday.<script>alert(1)</script><img src=x onerror="alert(2)"></p><a href="javascript:alert(3)">more</a>`;
    const res = await call(createReport, { method: "POST", body: { ...report, title: "HTML report", format: "html", text: html }, cookie: alice });
    const { reportId } = await res.json();
    const stored = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(stored.text).toContain("Five civilians were killed on Tuesday.");
    expect(stored.text).not.toMatch(/script|onerror|javascript:|alert/);
  });

  it("answers 413 for a report over 2 MB and 400 naming a missing title", async () => {
    const big = await call(createReport, { method: "POST", body: { ...report, text: "x".repeat(2 * 1024 * 1024 + 70 * 1024) }, cookie: alice });
    expect(big.status).toBe(413);
    const untitled = await call(createReport, { method: "POST", body: { ...report, title: "" }, cookie: alice });
    expect(untitled.status).toBe(400);
    expect((await untitled.json()).error.message).toBe("title: Give the report a title.");
  });

  it("answers 401 to a visitor", async () => {
    expect((await call(createReport, { method: "POST", body: report })).status).toBe(401);
  });
});

describe("POST /api/claims (a claim selected in the text)", () => {
  it("takes the quote from the stored text at the offsets, assigns an event, and audits it", async () => {
    const report = await db.prisma.report.findFirstOrThrow({ where: { title: "Clashes in Qamishli" } });
    const start = report.text.indexOf("At least 12");
    const res = await call(createClaimRoute, {
      method: "POST",
      cookie: bob,
      body: { reportId: report.id, spanStart: start, spanEnd: start + 30, side: "civilians", outcome: "wounded", qualifier: "exact", low: 4, high: 4, claimant: "Field notes", location: "Qamishli", periodStart: "2016-02-29", periodEnd: "2016-02-29", scope: "incident" },
    });
    expect(res.status).toBe(201);
    const claim = await res.json();
    expect(claim).toMatchObject({ quote: report.text.slice(start, start + 30), side: "civilians", outcome: "wounded", low: 4, reviewStatus: "accepted" });
    expect(claim.eventId).not.toBeNull();
    expect(await db.prisma.auditEntry.count({ where: { entityType: "claim", entityId: claim.id, action: "create" } })).toBe(1);
  });

  it("refuses offsets beyond the text with a 400 naming spanEnd", async () => {
    const report = await db.prisma.report.findFirstOrThrow({ where: { title: "Clashes in Qamishli" } });
    const res = await call(createClaimRoute, {
      method: "POST",
      cookie: bob,
      body: { reportId: report.id, spanStart: 0, spanEnd: report.text.length + 5, side: "is", outcome: "killed", qualifier: "exact", low: 1, high: 1, claimant: "x", location: null, periodStart: null, periodEnd: null, scope: "incident" },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^spanEnd: the report's text has only \d+ characters\.$/);
  });
});

describe("merging and splitting events", () => {
  it("merges two events into one and splits a claim out again, pinning the claims it moves", async () => {
    const a = await seedReport(db.prisma, { outlet: "Outlet A" }, [{ side: "regime", low: 5, location: "Kobani", periodStart: "2015-06-01" }]);
    const b = await seedReport(db.prisma, { outlet: "Outlet B" }, [{ side: "regime", low: 9, location: "Tell Abyad", periodStart: "2015-06-02" }]);
    const claimA = await db.prisma.claim.findFirstOrThrow({ where: { reportId: a } });
    const claimB = await db.prisma.claim.findFirstOrThrow({ where: { reportId: b } });
    expect(claimA.eventId).not.toBe(claimB.eventId);

    const merged = await call(mergeRoute, { method: "POST", cookie: alice, body: { eventIds: [claimA.eventId, claimB.eventId] } });
    expect(merged.status).toBe(200);
    const target = Math.min(claimA.eventId!, claimB.eventId!);
    const both = await db.prisma.claim.findMany({ where: { id: { in: [claimA.id, claimB.id] } } });
    expect(both.every((c) => c.eventId === target && c.eventPinned)).toBe(true);
    expect(await db.prisma.event.findUnique({ where: { id: Math.max(claimA.eventId!, claimB.eventId!) } })).toBeNull();
    await expectEstimatesCurrent();

    const split = await call(splitRoute, { method: "POST", cookie: alice, params: { id: String(target) }, body: { claimIds: [claimB.id] } });
    expect(split.status).toBe(201);
    const { eventId } = await split.json();
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimB.id } })).eventId).toBe(eventId);
    expect(await db.prisma.auditEntry.count({ where: { entityType: "event", action: { in: ["merge", "split"] } } })).toBe(2);
  });

  it("refuses to merge an incident with a cumulative total", async () => {
    const a = await seedReport(db.prisma, { outlet: "Outlet C" }, [{ side: "is", low: 5, location: "Manbij", periodStart: "2016-06-01" }]);
    const b = await seedReport(db.prisma, { outlet: "Outlet D" }, [{ side: "is", low: 50, location: "Manbij", periodStart: "2016-05-01", periodEnd: "2016-06-01", scope: "cumulative" }]);
    const [ca, cb] = await Promise.all([db.prisma.claim.findFirstOrThrow({ where: { reportId: a } }), db.prisma.claim.findFirstOrThrow({ where: { reportId: b } })]);
    const res = await call(mergeRoute, { method: "POST", cookie: alice, body: { eventIds: [ca.eventId, cb.eventId] } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/compared, never added/);
  });
});

describe("pre-aggregated estimates after every kind of edit", () => {
  it("equal the same estimates rebuilt from scratch", async () => {
    await expectEstimatesCurrent();
  });
});

/** The estimates kept current on write are exactly what a rebuild from the claims gives. */
const expectEstimatesCurrent = () => expectEstimatesCurrentIn(db.prisma);
