// Many editors writing at once (issue 12, item 2): every kind of write that changes
// which claims count where (edit, move, merge, split, new claim, ingest, data-set
// import) runs through its route handler, side by side on the same events and days,
// for a bounded time. Each must answer 2xx, or 409 when another editor changed what
// it was based on: never a 500 (a duplicate key in the pre-aggregated tables, a
// deadlock, a timed-out transaction). Afterwards every pre-aggregated row equals a
// fresh computation from the claims.
//
// 50 writers for 20 s, as the probe; the file takes about 30 s on two cores.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { PATCH as patchClaim } from "@/app/api/claims/[id]/route";
import { POST as createClaimRoute } from "@/app/api/claims/route";
import { POST as importRoute } from "@/app/api/datasets/route";
import { POST as splitRoute } from "@/app/api/events/[id]/split/route";
import { POST as mergeRoute } from "@/app/api/events/merge/route";
import { POST as createReport } from "@/app/api/reports/route";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { expectEstimatesCurrent } from "../fixtures/estimates";
import { seedReport } from "../fixtures/factories";
import { call, cookieFrom } from "../fixtures/http";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const WRITERS = 50;
const SECONDS = 20;
const KINDS = ["edit", "move", "merge", "split", "new claim", "ingest", "import"] as const;
type Kind = (typeof KINDS)[number];

const DAYS = ["2015-06-24", "2015-06-25", "2015-06-26"];
const LATER = ["2015-06-30", "2015-07-01", "2015-07-02"]; // period corrections cross into another month
const PLACES = ["al-Hasakah", "Qamishli", "Kobani"];
const SIDES = ["regime", "is", "kurdish", "civilians"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"];

let db: TestDatabase;
const editors: string[] = [];
let datasetRecords: string[] = [];
let datasetHeader = "";

beforeAll(async () => {
  db = await createTestDatabase();
  for (let i = 0; i < 5; i++) {
    await createOrUpdateUser(db.prisma, `editor${i}@example.org`, "correct horse battery", "editor");
    editors.push(cookieFrom(await call(login, { method: "POST", body: { email: `editor${i}@example.org`, password: "correct horse battery" } })));
  }
  // Nine events (three places x three days), each reported by two outlets, some vaguely.
  for (const [d, day] of DAYS.entries()) {
    for (const [p, place] of PLACES.entries()) {
      for (const outlet of ["SOHR", "ARA News"]) {
        const vague = outlet === "ARA News" && p === d;
        await seedReport(db.prisma, { outlet, published: day }, [
          vague
            ? { side: "is", low: 24, high: null, qualifier: "vague", vagueTerm: "dozens", numberText: "dozens of", location: place, periodStart: day, quote: `dozens of IS (${place}, ${day})` }
            : { side: "regime", low: 10 + p + d, location: place, periodStart: day, quote: `${10 + p + d} soldiers (${place}, ${day}, ${outlet})` },
          { side: "civilians", low: 3 + d, location: place, periodStart: day, quote: `${3 + d} civilians (${place}, ${day}, ${outlet})` },
        ]);
      }
    }
  }
  const records = splitCsvRecords(await readFile(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8"));
  datasetHeader = records[0];
  datasetRecords = records.slice(1);
}, 60_000);
afterAll(() => db.drop());

describe("concurrent writers of every kind", () => {
  it(`answer only 2xx or 409 (${WRITERS} writers, ${SECONDS} s), and the pre-aggregated estimates equal a fresh computation`, async () => {
    const seen = new Map<string, number>();
    const failures: string[] = [];
    const until = Date.now() + SECONDS * 1000;
    let sequence = 0;
    const writer = async (w: number) => {
      for (let n = 0; Date.now() < until; n++) {
        const kind = KINDS[(w + n) % KINDS.length];
        const k = sequence++;
        const res = await write(kind, k, editors[w % editors.length]);
        if (!res) continue; // nothing to act on at this moment
        const key = `${kind} ${res.status}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        if (res.status >= 300 && res.status !== 409) failures.push(`${kind}: ${res.status} ${await res.text()}`);
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    const seconds = (Date.now() - started) / 1000;

    const summary = [...seen.entries()].sort().map(([k, v]) => `${k}: ${v}`).join(", ");
    console.log(`${WRITERS} writers for ${seconds.toFixed(1)} s: ${summary}`);
    expect(failures.slice(0, 5), `${failures.length} writes answered neither 2xx nor 409`).toEqual([]);
    for (const kind of KINDS) expect([...seen.keys()].some((k) => k.startsWith(`${kind} 2`)), `no ${kind} succeeded`).toBe(true);
    await expectEstimatesCurrent(db.prisma);
  }, (SECONDS + 60) * 1000);
});

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
const int = (lo: number, hi: number) => lo + Math.floor(Math.random() * (hi - lo + 1));

type NewsClaim = { id: number; version: number; high: number | null; event_id: number | null; report_id: number };

/** A news claim as an editor would see it on the page at this moment. */
async function someClaim(): Promise<NewsClaim | undefined> {
  const [row] = await db.prisma.$queryRaw<NewsClaim[]>`
    SELECT c.id, c.version, c.high, c.event_id, c.report_id FROM claims c JOIN outlets o ON o.id = c.outlet_id
    WHERE o.kind <> 'dataset' AND c.scope = 'incident' ORDER BY random() LIMIT 1`;
  return row;
}

async function someEvents(n: number, minClaims = 1): Promise<{ id: number; claims: number[] }[]> {
  return db.prisma.$queryRaw`
    SELECT e.id, array_agg(c.id ORDER BY c.id) AS claims FROM events e JOIN claims c ON c.event_id = e.id
    WHERE e.dataset_id IS NULL AND e.scope = 'incident'
    GROUP BY e.id HAVING count(*) >= ${minClaims} ORDER BY random() LIMIT ${n}`;
}

async function write(kind: Kind, k: number, cookie: string): Promise<Response | null> {
  switch (kind) {
    case "edit": {
      const claim = await someClaim();
      if (!claim) return null;
      const low = int(1, 60);
      const body: Record<string, unknown> = { version: claim.version, low, ...(claim.high === null ? {} : { high: low + int(0, 10) }) };
      if (k % 3 === 0) {
        const day = pick([...DAYS, ...LATER]);
        Object.assign(body, { periodStart: day, periodEnd: day });
      }
      return call(patchClaim, { method: "PATCH", body, cookie, params: { id: String(claim.id) } });
    }
    case "move": {
      const [claim, [event]] = await Promise.all([someClaim(), someEvents(1)]);
      if (!claim || !event) return null;
      return call(patchClaim, { method: "PATCH", body: { version: claim.version, eventId: event.id }, cookie, params: { id: String(claim.id) } });
    }
    case "merge": {
      const events = await someEvents(2);
      if (events.length < 2) return null;
      return call(mergeRoute, { method: "POST", body: { eventIds: events.map((e) => e.id) }, cookie });
    }
    case "split": {
      const [event] = await someEvents(1, 2);
      if (!event) return null;
      return call(splitRoute, { method: "POST", body: { claimIds: [pick(event.claims)] }, cookie, params: { id: String(event.id) } });
    }
    case "new claim": {
      const claim = await someClaim();
      if (!claim) return null;
      const day = pick(DAYS);
      const low = int(1, 40);
      return call(createClaimRoute, {
        method: "POST",
        cookie,
        body: { reportId: claim.report_id, spanStart: 0, spanEnd: 5, side: pick(SIDES), outcome: "killed", qualifier: "exact", low, high: low, claimant: "Field notes", location: pick(PLACES), periodStart: day, periodEnd: day, scope: "incident" },
      });
    }
    case "ingest": {
      const day = pick(DAYS);
      const text = `At least ${int(2, 50)} regime soldiers were killed in ${pick(PLACES)} on ${pick(WEEKDAYS)}, SOHR said. Filed as note ${k}.`;
      return call(createReport, { method: "POST", body: { title: `Note ${k}`, outlet: pick(["SOHR", "ARA News", "Rudaw"]), published: day, text }, cookie });
    }
    case "import": {
      const start = int(0, datasetRecords.length - 8);
      const content = [datasetHeader, ...datasetRecords.slice(start, start + 8)].join("\n");
      return call(importRoute, { method: "POST", path: "/api/datasets", body: { fileName: "ucdp_ged_v23_1_sample1000.csv", content, name: "UCDP GED 23.1", country: "all" }, cookie });
    }
  }
}

/** A CSV file's records (a quoted field may hold line breaks). */
function splitCsvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === "\n" && !quoted) {
      records.push(text.slice(start, i).replace(/\r$/, ""));
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}
