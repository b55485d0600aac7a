// A page asks for its status (503 when it shows "Database unavailable"); the front
// door writes it in place of the 200 Next.js would send, on a real HTTP server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withFrontDoor } from "@/lib/runtime/front-door";
import { setPageStatus } from "@/lib/http/page-status";

let server: http.Server;
let port: number;
beforeAll(async () => {
  // Stands in for Next.js: renders after some asynchronous work, sets statusCode, then streams the page.
  server = http.createServer(withFrontDoor(async (req, res) => {
    const url = new URL(req.url!, "http://x");
    await delay(Number(url.searchParams.get("wait") ?? 0));
    if (url.searchParams.has("down")) setPageStatus(503);
    res.statusCode = Number(url.searchParams.get("status") ?? 200);
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (url.searchParams.has("explicit")) res.writeHead(res.statusCode, "OK", { "x-page": "1" });
    res.write("<h1>");
    res.end(url.searchParams.has("down") ? "Database unavailable</h1>" : "Claims</h1>");
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string): Promise<{ status: number; body: string; page: string | null }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text(), page: res.headers.get("x-page") };
}

describe("the status a page asks for (lib/http/page-status.ts)", () => {
  it("answers 503 with the page's own body when the page asked for it", async () => {
    expect(await get("/?down")).toMatchObject({ status: 503, body: "<h1>Database unavailable</h1>" });
    expect(await get("/?down&explicit")).toMatchObject({ status: 503, page: "1" });
  });

  it("leaves a page that asked for nothing at 200, and a 404 or 500 as they are", async () => {
    expect(await get("/")).toMatchObject({ status: 200, body: "<h1>Claims</h1>" });
    expect((await get("/?down&status=404")).status).toBe(404);
    expect((await get("/?down&status=500")).status).toBe(500);
  });

  it("keeps each request's status to itself when requests overlap", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => get(i % 2 ? `/?down&wait=${20 - i}` : `/?wait=${i}`)));
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 503 : 200)));
  });

  it("does nothing outside a request (a page rendered in a test, a script)", () => {
    expect(() => setPageStatus(503)).not.toThrow();
  });
});
