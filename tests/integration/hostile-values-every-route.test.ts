// Property: no request makes any route answer 500. The routes are read from the
// app/api folder (a new route is covered without editing this file); each one's
// query parameters are those its 400 for an unknown parameter lists, its body fields
// those of the request schemas in lib/schemas that it does not refuse as unknown.
// fast-check then sends hostile values in one parameter or field at a time (NUL and
// control characters, lone surrogates, huge and negative numbers, hex and exponent
// forms, impossible and extreme dates, 100 kB strings, arrays where a scalar is
// expected), in the path, and as malformed bodies and cookies. Allowed answers: 2xx,
// 400, 401, 403, 404, 405, 409, 413, 422, 429. A failure names the request.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrUpdateUser } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";
import { SHARED_DIR } from "../fixtures/shared-corpus";

const API_DIR = path.join(process.cwd(), "app", "api");
const SCHEMA_DIR = path.join(process.cwd(), "lib", "schemas");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ALLOWED = new Set([400, 401, 403, 404, 405, 409, 413, 422, 429]);
const RUNS_PER_METHOD = Number(process.env.FC_RUNS ?? 12);
/** FC_SEED=n replays a failure; otherwise each run tries new values. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const SITE = "http://localhost:3000";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Route = { file: string; url: string; params: string[] };

/** Every route.ts under app/api, as its URL pattern (/api/claims/[id]) and path parameters. */
function findRoutes(dir = API_DIR): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRoutes(full);
    if (entry.name !== "route.ts") return [];
    const url = `/api/${path.relative(API_DIR, dir).split(path.sep).join("/")}`;
    return [{ file: full, url, params: [...url.matchAll(/\[(\w+)\]/g)].map((m) => m[1]) }];
  });
}

/** The field names of every request schema in lib/schemas: the body fields any route may take. */
async function schemaFieldNames(): Promise<string[]> {
  const names = new Set<string>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".ts"))) {
    const mod: Record<string, unknown> = await import(path.join(SCHEMA_DIR, file));
    for (const value of Object.values(mod)) if (value instanceof z.ZodObject) Object.keys(value.shape).forEach((k) => names.add(k));
  }
  return [...names];
}

// ---- hostile values ----------------------------------------------------------
const HUGE = "x".repeat(100_000);
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const hostileText = fc.oneof(
  fc.constantFrom("\u0000", "SOHR\u0000", "a\u001bb", "\u007f", "\uD800", "x\uDFFFy", "\uFFFD", "%00", "%ZZ", "%FF", "", " ", "'; DROP TABLE claims; --", "<script>alert(1)</script>", "=1+1", "../../etc/passwd", "\u202Eevil"),
  fc.tuple(fc.string({ maxLength: 8 }), controlChar, fc.string({ maxLength: 8 })).map(([a, c, b]) => a + c + b),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(HUGE, `${HUGE}\u0000`, "\uD800".repeat(50_000)),
);
const hostileNumberText = fc.constantFrom("0x10", "0b11", "0o7", "1e3", "1E-3", "-1", "0", "-0", "99999999999", "2147483648", "-2147483649", "1.5", "NaN", "Infinity", " 1", "+1", "1_000", "１", "9".repeat(400));
const hostileDate = fc.oneof(
  fc.constantFrom("0000-01-01", "9999-99-99", "9999-12-31", "2015-13-01", "2015-02-30", "2015-00-10", "1899-12-31", "2101-01-01", "-001-01-01", "2015-1-1", "20150101", "2015-06-25T00:00:00Z", "+275760-09-13", "2015-06"),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, -0, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53 + 2, 99_999_999_999, 1e308, -1e308, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const scalarText = fc.oneof(hostileText, hostileNumberText, hostileDate);
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarText },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], [[[[[]]]]]) },
  { weight: 2, arbitrary: fc.array(fc.oneof(scalarText, hostileNumber), { minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 5 }), scalarText, { maxKeys: 3 }) },
);
/** Whole bodies that are not what any schema expects. */
const DEEP = "[".repeat(30_000) + "]".repeat(30_000);
const badBody = fc.constantFrom<string | Uint8Array>(
  "",
  "not json",
  "null",
  "[]",
  '"text"',
  "{",
  DEEP,
  '{"__proto__":{"admin":true}}',
  new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"t":"<invalid UTF-8>"}
  new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), // a BOM, then {}
  `{"text":"${"y".repeat(70 * 1024)}"}`,
);
const hostileCookie = fc.constantFrom("session", "none", "cc_session=%ZZ", "cc_session=%00", "cc_session=" + "a".repeat(5000), "cc_session=\u00ff", "cc_session=a; cc_session=%E0%A4%A");

/** The value `weight` times in `weight + otherwise`, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, weight: number, otherwise: number) =>
  fc.oneof({ weight, arbitrary }, { weight: otherwise, arbitrary: fc.constant(null) });

// ---- the data hostile requests meet ------------------------------------------
let db: TestDatabase;
let adminId: number;
let valid: Record<string, unknown>;
let ids: Record<string, number>;
let fields: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  adminId = (await createOrUpdateUser(db.prisma, "admin@example.org", "correct horse battery staple", "admin")).id;
  const reportId = await seedReport(db.prisma, { outlet: "SOHR" }, [{ side: "regime", low: 30 }, { side: "is", low: 12, periodStart: "2015-07-02" }]);
  const claims = await db.prisma.claim.findMany({ select: { id: true, eventId: true }, orderBy: { id: "asc" } });
  const eventIds = [...new Set(claims.map((c) => c.eventId).filter((id): id is number => id !== null))];
  ids = { claims: claims[0].id, events: eventIds[0] ?? 1, reports: reportId };
  const sample = readFileSync(path.join(SHARED_DIR, "data", "real", "ucdp_ged_v23_1_sample1000.csv"), "utf8").split("\n").slice(0, 4).join("\n");
  // A valid example of each body field, so a hostile value in one field meets valid others and reaches the database.
  valid = {
    version: 1, reviewStatus: "accepted", eventId: ids.events, side: "regime", outcome: "killed", qualifier: "exact", low: 3, high: 5,
    claimant: "SOHR", location: "Raqqa", periodStart: "2015-06-25", periodEnd: "2015-06-26", scope: "incident",
    reportId, spanStart: 0, spanEnd: 5, numberText: "3", title: "A report", outlet: "SOHR", url: "https://example.org/a",
    published: "2015-06-25", format: "text", text: "At least 5 regime soldiers were killed in Hasakah on Thursday, SOHR said.",
    fileName: "ged.csv", name: "UCDP sample", country: "all", content: sample, email: "fuzz@example.org",
    password: "a long enough password", role: "editor", eventIds, claimIds: [claims[1].id], next: "/",
  };
  fields = await schemaFieldNames();
}, 60_000);
afterAll(() => db.drop());

// ---- requests -----------------------------------------------------------------
type Case = { field: string | null; value: unknown; repeat: number; pathValue: string | null; cookie: string; raw: string | Uint8Array | null };

async function send(handler: Handler, method: string, route: Route, queryFields: string[], bodyFields: string[] | null, c: Case) {
  const params = Object.fromEntries(route.params.map((p) => [p, c.pathValue ?? String(ids[route.url.split("/")[2]] ?? 1)]));
  const url = new URL(route.url.replace(/\[(\w+)\]/g, (_, p: string) => encodePathSegment(params[p])), SITE);
  let body: string | Uint8Array | undefined;
  if (bodyFields) {
    const json: Record<string, unknown> = Object.fromEntries(bodyFields.map((f) => [f, valid[f] ?? "x"]));
    if (c.field) json[c.field] = c.value; // a field the route does not know is refused as unknown
    body = c.raw ?? JSON.stringify(json);
  } else if (c.field && queryFields.includes(c.field)) {
    for (let i = 0; i < c.repeat; i++) url.searchParams.append(c.field, typeof c.value === "string" ? c.value : JSON.stringify(c.value));
  } else if (c.field) {
    url.searchParams.append(c.field, String(c.value).slice(0, 100));
  }
  const headers: Record<string, string> = { host: "localhost:3000", origin: SITE, "content-type": "application/json" };
  if (c.cookie === "session") headers.cookie = `cc_session=${(await createSession(adminId)).token}`;
  else if (c.cookie !== "none") headers.cookie = c.cookie.replace(/[^\u0020-\u00ff]/g, "?");
  const request = new Request(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : (body as BodyInit | undefined) });
  const res = await handler(request, { params: Promise.resolve(params) });
  const described = `${method} ${url.pathname}${url.search.slice(0, 300)} cookie=${c.cookie.slice(0, 40)} body=${body === undefined ? "-" : typeof body === "string" ? body.slice(0, 300) : `bytes ${Buffer.from(body).toString("hex")}`}`;
  // A stream that breaks after the headers is a failure too: read the whole answer.
  const text = await res.text().catch((e: Error) => {
    throw new Error(`${described}\n-> ${res.status}, and the body broke off: ${e.message}`);
  });
  if (!(res.status < 300 || ALLOWED.has(res.status))) throw new Error(`${described}\n-> ${res.status} ${text.slice(0, 300)}`);
  if (res.status >= 400 && text) {
    const error = (JSON.parse(text) as { error?: { message?: unknown } }).error;
    if (typeof error?.message !== "string" || /\n\s+at /.test(error.message)) throw new Error(`${described}\n-> ${res.status} without a readable { error: { message } }: ${text.slice(0, 300)}`);
  }
}

/** A path segment for the URL (the handler gets the value itself, as Next.js passes it decoded). */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80"; // a lone surrogate has no UTF-8 form
  }
}

/** fast-check's report, without the 100 kB values: the failing request as `send` described it, and how to replay it. */
function reportFailure(details: fc.RunDetails<[Case]>): void {
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${error.slice(0, 2000)}\n(fast-check seed ${details.seed}, path "${details.counterexamplePath}", after ${details.numRuns} runs)`);
}

/** The query parameters a route knows: its 400 for an unknown parameter lists them. */
async function discoverQuery(handler: Handler, method: string, route: Route): Promise<string[]> {
  const params = Object.fromEntries(route.params.map((p) => [p, String(ids[route.url.split("/")[2]] ?? 1)]));
  const request = new Request(`${SITE}${route.url}?__unknown__=1`, { method, headers: { host: "localhost:3000", origin: SITE, cookie: `cc_session=${(await createSession(adminId)).token}` } });
  const res = await handler(request, { params: Promise.resolve(params) });
  const message: string = res.status === 400 ? ((await res.json()) as { error: { message: string } }).error.message : "";
  return /Known: (.*)\.$/.exec(message)?.[1].split(", ").filter(Boolean) ?? [];
}

/** The body fields a route takes: every schema field it does not refuse as unknown. */
async function discoverBody(handler: Handler, method: string, route: Route): Promise<string[]> {
  const params = Object.fromEntries(route.params.map((p) => [p, String(ids[route.url.split("/")[2]] ?? 1)]));
  const body = JSON.stringify(Object.fromEntries(fields.map((f) => [f, valid[f] ?? "x"])));
  const headers = { host: "localhost:3000", origin: SITE, "content-type": "application/json", cookie: `cc_session=${(await createSession(adminId)).token}` };
  const res = await handler(new Request(`${SITE}${route.url}`, { method, headers, body }), { params: Promise.resolve(params) });
  const message: string = res.status === 400 ? ((await res.json()) as { error: { message: string } }).error.message : "";
  const unknown = /Unrecognized keys?: (.*)$/.exec(message)?.[1].match(/"([^"]+)"/g)?.map((k) => k.slice(1, -1)) ?? [];
  return fields.filter((f) => !unknown.includes(f));
}

describe.each(findRoutes())("$url", (route) => {
  it("answers no hostile request with a 500", async () => {
    const mod = (await import(route.file)) as Record<string, Handler | undefined>;
    const methods = METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      const handler = mod[method]!;
      const takesBody = method === "POST" || method === "PUT" || method === "PATCH";
      const queryFields = takesBody ? [] : await discoverQuery(handler, method, route);
      const bodyFields = takesBody ? await discoverBody(handler, method, route) : null;
      const names = takesBody ? bodyFields! : queryFields;
      const cases: fc.Arbitrary<Case> = fc.record({
        field: names.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constant("__unknown__") }) : fc.constant("__unknown__"),
        value: takesBody ? hostileJson : scalarText,
        repeat: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 60 }) }),
        pathValue: route.params.length ? sometimes(fc.oneof(hostileText, hostileNumberText), 1, 2) : fc.constant(null),
        cookie: fc.oneof({ weight: 4, arbitrary: fc.constant("session") }, { weight: 1, arbitrary: hostileCookie }),
        raw: takesBody ? sometimes(badBody, 1, 4) : fc.constant(null),
      });
      await fc.assert(fc.asyncProperty(cases, (c) => send(handler, method, route, queryFields, bodyFields, c)), { numRuns: RUNS_PER_METHOD, seed: SEED, reporter: reportFailure });
    }
  }, 120_000);
});
