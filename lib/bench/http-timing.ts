// Sequential, bounded request loops against the local server: each sample is the
// time until the whole body has arrived, as a browser or script would wait for it.
import { summarize, type LatencySummary } from "./percentiles";

export type Loop = { warmup: number; requests: number };

export async function fetchFully(url: string): Promise<{ status: number; bytes: number; body: Buffer }> {
  const res = await fetch(url, { headers: { accept: "*/*" } });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, bytes: body.length, body };
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
