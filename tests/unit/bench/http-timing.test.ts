import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFully, timeRequests } from "@/lib/bench/http-timing";

// A server that answers as ours does: gzip when asked for it, plain otherwise, and a 503 on /down.
const body = JSON.stringify({ points: Array.from({ length: 500 }, (_, i) => ({ bin: `2016-01-${i}`, best: i })) });
let server: http.Server;
let base: string;
const seenEncodings: (string | undefined)[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seenEncodings.push(req.headers["accept-encoding"]);
    if (req.url === "/down") {
      res.writeHead(503, { "content-type": "application/json" });
      return res.end('{"error":"down"}');
    }
    const gzip = (req.headers["accept-encoding"] ?? "").includes("gzip");
    res.writeHead(200, { "content-type": "application/json", ...(gzip ? { "content-encoding": "gzip" } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the bench's HTTP client", () => {
  it("asks for gzip as fetch does and hands back the decoded body", async () => {
    const res = await fetchFully(`${base}/api/timeseries`);
    expect(res.status).toBe(200);
    expect(seenEncodings.at(-1)).toBe("gzip, deflate");
    expect(res.body.toString("utf8")).toBe(body);
    expect(res.bytes).toBe(Buffer.byteLength(body));
  });

  it("times every request after the warm-up, running `before` before each", async () => {
    let bumps = 0;
    const summary = await timeRequests(`${base}/api/timeseries`, { warmup: 2, requests: 5 }, async () => bumps++);
    expect(summary.n).toBe(5);
    expect(bumps).toBe(7);
  });

  it("stops the benchmark on an answer that is not 2xx, naming it", async () => {
    await expect(timeRequests(`${base}/down`, { warmup: 0, requests: 3 })).rejects.toThrow(/answered 503: \{"error":"down"\}/);
  });
});
