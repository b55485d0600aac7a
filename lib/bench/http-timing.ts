// Sequential, bounded request loops against the local server: each sample is the
// time until the whole body has arrived and is decoded, as a browser or script would
// wait for it.
//
// The client is node:http on a kept-alive connection, asking for gzip as Node's fetch
// does and gunzipping the body in the sample. Not fetch itself: undici's own work per
// request (its stream plumbing and asynchronous decompression) cost 0.5-0.6 ms more
// than this client on a 3 KB answer, 2.2-3.1 ms on the 72 KB time series (13 KB
// gzipped) and 0.8 ms on a cache hit (same server, alternating loops, 1M claims): as
// much as the server's whole overhead over its SQL, so the API/SQL ratio measured the
// client as much as the server (the SQL side is timed through a lean client: pg).
import http from "node:http";
import { gunzipSync, inflateSync } from "node:zlib";
import { summarize, type LatencySummary } from "./percentiles";

export type Loop = { warmup: number; requests: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export function fetchFully(url: string): Promise<{ status: number; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { accept: "*/*", "accept-encoding": "gzip, deflate" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          const body = encoding === "gzip" ? gunzipSync(raw) : encoding === "deflate" ? inflateSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, bytes: body.length, body });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on("error", reject);
  });
}

/** Times `loop.requests` GETs after `loop.warmup` untimed ones (`before`, untimed, runs before each); any non-2xx stops the benchmark. */
export async function timeRequests(url: string, loop: Loop, before?: () => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < loop.warmup + loop.requests; i++) {
    await before?.();
    const started = performance.now();
    const res = await fetchFully(url);
    const ms = performance.now() - started;
    if (res.status < 200 || res.status >= 300) throw new Error(`GET ${url} answered ${res.status}: ${res.body.toString("utf8").slice(0, 300)}`);
    if (i >= loop.warmup) samples.push(ms);
  }
  return summarize(samples);
}

/** Times an async function the same way (the SQL side of an API/SQL ratio). */
export async function timeCalls(fn: () => Promise<unknown>, loop: Loop): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < loop.warmup + loop.requests; i++) {
    const started = performance.now();
    await fn();
    if (i >= loop.warmup) samples.push(performance.now() - started);
  }
  return summarize(samples);
}
