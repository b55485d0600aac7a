// The front door of the Node.js server (npm start): what Next.js would answer with a
// 500 before any route runs is answered here, and everything else passes through.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { withFrontDoor } from "@/lib/runtime/front-door";

let server: http.Server;
let port: number;
const reached: string[] = [];
beforeAll(async () => {
  server = http.createServer(withFrontDoor((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.end(String(req.headers[PEER_ADDRESS_HEADER]));
  }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the front door (npm start)", () => {
  it("hands the app the socket's peer address, replacing one a client sends under the same name", async () => {
    const res = await send("GET", "/api/health", { [PEER_ADDRESS_HEADER]: "203.0.113.66" });
    expect(res.status).toBe(200);
    expect(res.body).toBe("127.0.0.1");
  });

  it.each(["TRACE", "PROPFIND", "LINK"])("answers %s /api/claims with 405 and the methods served", async (method) => {
    const res = await send(method, "/api/claims");
    expect(res.status).toBe(405);
    expect(res.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    expect(JSON.parse(res.body).error.message).toMatch(/is not served here/);
  });

  it("answers /api/claims/%FF with 400 in JSON, and /reports/%FF with 400 in one sentence", async () => {
    const api = await send("GET", "/api/claims/%FF");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body).error.message).toBe("The address has a %-escape that is not UTF-8 text, so it names no page.");
    const page = await send("GET", "/reports/%FF");
    expect(page).toMatchObject({ status: 400, body: "The address has a %-escape that is not UTF-8 text, so it names no page.\n" });
  });

  it("lets every other request through, a %FF in the query string included (the route reads it)", async () => {
    reached.length = 0;
    for (const [method, path] of [["GET", "/api/claims?outlet=%FF"], ["PATCH", "/api/claims/1"], ["GET", "/reports/%C3%A9"], ["OPTIONS", "/api/claims"]]) {
      expect((await send(method, path)).status).toBe(200);
    }
    expect(reached).toEqual(["GET /api/claims?outlet=%FF", "PATCH /api/claims/1", "GET /reports/%C3%A9", "OPTIONS /api/claims"]);
  });
});
