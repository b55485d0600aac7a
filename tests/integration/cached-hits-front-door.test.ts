// A visitor's repeated read is answered by the front door of the Node.js server from
// the read cache, before Next.js (lib/routes/cached-read.ts, lib/runtime/front-door.ts):
// the same body, tag and headers the route gives; a 304 to a matching tag; a compressed
// copy for a client that accepts one; the first read after a write computed by the same
// route without Next.js; and a signed-in caller, or a path never cached, goes on to
// Next.js as before.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listClaims } from "@/app/api/claims/route";
import { captureQueries } from "@/lib/bench/sql-capture";
import { withFrontDoor } from "@/lib/runtime/front-door";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { seedReport } from "../fixtures/factories";

let db: TestDatabase;
let server: http.Server;
let port: number;
const reachedNext: string[] = [];

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const PATH = "/api/claims?side=regime";
let routeAnswer: { etag: string; body: string };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-26", title: "Battle for al-Hasakah" }, [
    { side: "regime", low: 30, high: null, numberText: "at least 30", quote: "at least 30 members of the regime forces" },
    // Enough rows for an answer over 1 KB, the size from which compressing pays.
    ...[4, 5, 6, 7, 8].map((n) => ({ side: "regime", low: n, quote: `${n} soldiers were killed near the dam, the observatory said` })),
  ]);
  // Stands in for Next.js: records what reached it, and answers as the route would.
  server = http.createServer(
    withFrontDoor((req, res) => {
      reachedNext.push(`${req.url} accept-encoding=${req.headers["accept-encoding"] ?? "none"}`);
      res.end("from next");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  // The route's own first read fills the cache, as Next.js would have run it.
  const first = await listClaims(new Request(`http://localhost:3000${PATH}`, { headers: { host: "localhost:3000" } }), { params: Promise.resolve({}) } as never);
  routeAnswer = { etag: first.headers.get("etag")!, body: await first.text() };
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.drop();
});

describe("GET /api/… answered by the front door from the read cache", () => {
  it("gives a visitor's repeated read the route's body and tag, with the site's security headers, without Next.js", async () => {
    reachedNext.length = 0;
    const hit = await get(PATH);
    expect(hit.status).toBe(200);
    expect(hit.body.toString()).toBe(routeAnswer.body);
    expect(hit.headers.etag).toBe(routeAnswer.etag);
    expect(hit.headers["content-type"]).toMatch(/^application\/json/);
    expect(hit.headers["cache-control"]).toBe("no-cache");
    expect(hit.headers["x-frame-options"]).toBe("DENY");
    expect(hit.headers["x-content-type-options"]).toBe("nosniff");
    expect(reachedNext).toEqual([]);
  });

  it("answers 304 with no body to the matching If-None-Match", async () => {
    const revalidated = await get(PATH, { "if-none-match": routeAnswer.etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(routeAnswer.etag);
  });

  it("sends a gzip copy to a client that accepts it, the same JSON once unpacked", async () => {
    const hit = await get(PATH, { "accept-encoding": "gzip" });
    expect(routeAnswer.body.length).toBeGreaterThan(1024);
    expect(hit.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(hit.body).toString()).toBe(routeAnswer.body);
    expect(hit.headers.vary).toContain("Accept-Encoding");
  });

  it("gives the same read through Next.js uncompressed, for Next.js to compress (it drops a route's own Content-Encoding)", async () => {
    const viaRoute = await listClaims(new Request(`http://localhost:3000${PATH}`, { headers: { host: "localhost:3000", "accept-encoding": "gzip, br" } }), { params: Promise.resolve({}) } as never);
    expect(viaRoute.headers.get("content-encoding")).toBeNull();
    expect(await viaRoute.text()).toBe(routeAnswer.body);
  });

  it("passes a signed-in caller's read on to Next.js (an editor's answer may differ)", async () => {
    reachedNext.length = 0;
    expect((await get(PATH, { cookie: "cc_session=abc" })).body.toString()).toBe("from next");
    expect(reachedNext).toHaveLength(1);
  });

  it("computes the first read after a write with the route itself, without Next.js: the new claim is in it, and it is cached", async () => {
    await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-27", title: "Another day" }, [{ side: "regime", low: 5, quote: "5 soldiers at the new checkpoint" }]);
    reachedNext.length = 0;
    const fresh = await get(PATH);
    expect(reachedNext).toEqual([]);
    expect(fresh.status).toBe(200);
    expect(fresh.body.toString()).toContain("5 soldiers at the new checkpoint");
    expect(fresh.headers.etag).not.toBe(routeAnswer.etag);
    expect(fresh.headers["x-frame-options"]).toBe("DENY");
    // What the route gives through Next.js for the same read, byte for byte.
    const viaRoute = await listClaims(new Request(`http://localhost:3000${PATH}`, { headers: { host: "localhost:3000" } }), { params: Promise.resolve({}) } as never);
    expect(viaRoute.headers.get("etag")).toBe(fresh.headers.etag);
    expect(await viaRoute.text()).toBe(fresh.body.toString());
    expect((await get(PATH, { "if-none-match": fresh.headers.etag! })).status).toBe(304);
  });

  it("asks for the data version once on such a read: the route takes the front door's", async () => {
    await seedReport(db.prisma, { outlet: "SOHR", published: "2015-06-28", title: "A third day" }, [{ side: "regime", low: 3, quote: "3 soldiers at the bridge" }]);
    let fresh: Answer | undefined;
    const statements = await captureQueries(async () => (fresh = await get(PATH)));
    expect(fresh!.status).toBe(200);
    expect(fresh!.body.toString()).toContain("3 soldiers at the bridge");
    expect(statements.filter((s) => /FROM data_version/.test(s.text))).toHaveLength(1);
  });

  it("answers a bad query on a remembered path with the route's own 400, not a stack trace", async () => {
    reachedNext.length = 0;
    const bad = await get("/api/claims?side=NOT%20A%20KEY");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error.code).toBe("bad_request");
    expect(reachedNext).toEqual([]);
  });

  it("passes a path it has never cached on to Next.js", async () => {
    reachedNext.length = 0;
    expect((await get("/api/timeseries?side=regime")).body.toString()).toBe("from next");
    expect(reachedNext).toHaveLength(1);
  });

  it("sends a CSV export uncompressed: Next.js is not asked to gzip it", async () => {
    reachedNext.length = 0;
    await get("/api/claims.csv?side=regime", { "accept-encoding": "gzip, br" });
    expect(reachedNext).toEqual(["/api/claims.csv?side=regime accept-encoding=none"]);
  });
});
