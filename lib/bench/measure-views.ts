// The views' figures: the time series (API vs the same SQL through pg), the comparison
// table's first and a deep page (reached by cursor), and the overview page's HTML.
// The API answers repeated reads from its cache (lib/routes/cached-read.ts), so every
// view is timed as the first read after a write: the bench bumps the data version before
// each request, as any write does, and the whole request is computed, from PostgreSQL
// through Prisma to JSON. The time series is also timed repeated (a cache hit: the
// version query and the stored answer).
import type pg from "pg";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { getTimeseries } from "@/lib/queries/get-timeseries";
import { chartOutcome, timeseriesQuerySchema } from "@/lib/schemas/view-queries";
import { fetchFully, timeCalls, timeRequests, type Loop } from "./http-timing";
import type { LatencySummary } from "./percentiles";
import { captureQueries, replayer } from "./sql-capture";

export type TimeseriesFigure = { name: string; query: string; api: LatencySummary; cached: LatencySummary; sql: LatencySummary; ratio: number; overheadMs: number };
export type PageFigure = { name: string; path: string; latency: LatencySummary };

export function timeseriesCases(topOutlet: string, topClaimant: string): { name: string; query: string }[] {
  return [
    { name: "no filter", query: "" },
    { name: "one outlet", query: new URLSearchParams({ outlet: topOutlet }).toString() },
    { name: "one claimant", query: new URLSearchParams({ claimant: topClaimant }).toString() },
    { name: "2 sides + 2016", query: "side=regime&side=is&from=2016-01-01&to=2016-12-31" },
  ];
}

/** The outlet whose claims are most numerous: the heaviest single-outlet filter. */
export async function topOutlet(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ name: string }>(
    "SELECT o.name FROM claims c JOIN outlets o ON o.id = c.outlet_id GROUP BY o.name ORDER BY count(*) DESC LIMIT 1",
  );
  if (!rows[0]) throw new Error("the bench database has no claims: run `npm run bench:data` first");
  return rows[0].name;
}

/** The claimant with the most news claims: the heaviest single-claimant filter. */
export async function topClaimant(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ name: string }>(
    "SELECT cl.name FROM claims c JOIN claimants cl ON cl.id = c.claimant_id JOIN outlets o ON o.id = c.outlet_id WHERE o.kind <> 'dataset' GROUP BY cl.name ORDER BY count(*) DESC LIMIT 1",
  );
  if (!rows[0]) throw new Error("the bench database has no claims: run `npm run bench:data` first");
  return rows[0].name;
}

/** What every write does to the cache: a new data version, so the next read is computed afresh. */
export function bumpDataVersion(pool: pg.Pool): () => Promise<unknown> {
  return () => pool.query("UPDATE data_version SET version = version + 1 WHERE id = 1");
}

export async function measureTimeseries(baseUrl: string, pool: pg.Pool, cases: { name: string; query: string }[], loop: Loop): Promise<TimeseriesFigure[]> {
  const figures: TimeseriesFigure[] = [];
  for (const { name, query } of cases) {
    const url = `${baseUrl}/api/timeseries${query ? `?${query}` : ""}`;
    const api = await timeRequests(url, loop, bumpDataVersion(pool));
    const cached = await timeRequests(url, loop);
    // The route's own parsing and query function, so the SQL is exactly what the route sends.
    const q = parseStrict(timeseriesQuerySchema, new URLSearchParams(query));
    const statements = await captureQueries(() => getTimeseries(q, q.bin, chartOutcome(q.outcome), q.placement));
    const sql = await timeCalls(replayer(pool, statements), loop);
    figures.push({ name, query, api, cached, sql, ratio: api.p50 / sql.p50, overheadMs: api.p50 - sql.p50 });
  }
  return figures;
}

export async function measureComparison(baseUrl: string, pool: pg.Pool, loop: Loop): Promise<PageFigure[]> {
  const first = "/api/comparison?sort=spread&dir=desc";
  const res = await fetchFully(`${baseUrl}${first}`);
  const { total, pageSize } = JSON.parse(res.body.toString("utf8")) as { total: number; pageSize: number };
  // The middle of the list, reached as a reader paging on would: by the cursor the page before it hands out
  // (fetched once by number, untimed). The API caps `page` at 100,000.
  const deepPage = Math.min(100_000, Math.max(2, Math.ceil(total / pageSize / 2)));
  const before = await fetchFully(`${baseUrl}${first}&page=${deepPage - 1}`);
  const { nextCursor } = JSON.parse(before.body.toString("utf8")) as { nextCursor: string | null };
  if (!nextCursor) throw new Error(`page ${deepPage - 1} of the comparison handed out no cursor`);
  const deep = `${first}&cursor=${nextCursor}`;
  const uncached = bumpDataVersion(pool);
  return [
    { name: "first page", path: first, latency: await timeRequests(`${baseUrl}${first}`, loop, uncached) },
    { name: `page ${deepPage.toLocaleString("en")} of ${Math.ceil(total / pageSize).toLocaleString("en")} by cursor`, path: deep, latency: await timeRequests(`${baseUrl}${deep}`, loop, uncached) },
  ];
}

export async function measureOverview(baseUrl: string, pool: pg.Pool, loop: Loop): Promise<PageFigure> {
  return { name: "overview /", path: "/", latency: await timeRequests(`${baseUrl}/`, loop, bumpDataVersion(pool)) };
}
