// Figures 1, 2 and 4 of issue 7: the time series (API vs the same SQL through pg),
// the comparison table's first and a deep page (reached by cursor), and the overview page's HTML.
import type pg from "pg";
import { parseStrict } from "@/lib/filters/parse-search-params";
import { getDeathsByPeriod } from "@/lib/queries/get-deaths-by-period";
import { getComparison } from "@/lib/queries/get-comparison";
import { chartOutcome, comparisonPageQuerySchema, resolveComparisonQuery, timeseriesQuerySchema } from "@/lib/schemas/view-queries";
import { fetchFully, timeCalls, timeRequests, type Loop } from "./http-timing";
import type { LatencySummary } from "./percentiles";
import { captureQueries, replayer } from "./sql-capture";

export type TimeseriesFigure = { name: string; query: string; api: LatencySummary; sql: LatencySummary; ratio: number };
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

export async function measureTimeseries(baseUrl: string, pool: pg.Pool, cases: { name: string; query: string }[], loop: Loop): Promise<TimeseriesFigure[]> {
  const figures: TimeseriesFigure[] = [];
  for (const { name, query } of cases) {
    const api = await timeRequests(`${baseUrl}/api/timeseries${query ? `?${query}` : ""}`, loop);
    // The route's own parsing and query function, so the SQL is exactly what the route sends.
    const q = parseStrict(timeseriesQuerySchema, new URLSearchParams(query));
    const statements = await captureQueries(() => getDeathsByPeriod(q, q.bin, chartOutcome(q.outcome)));
    const sql = await timeCalls(replayer(pool, statements), loop);
    figures.push({ name, query, api, sql, ratio: api.p50 / sql.p50 });
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
  // A repeated view is answered from the read cache: the deep page's own queries are timed too, uncached.
  const q = resolveComparisonQuery(parseStrict(comparisonPageQuerySchema, new URLSearchParams(deep.split("?")[1])));
  const statements = await captureQueries(() => getComparison(q, { ...q, by: "outlet" }));
  const name = `page ${deepPage.toLocaleString("en")} of ${Math.ceil(total / pageSize).toLocaleString("en")} by cursor`;
  return [
    { name: "first page", path: first, latency: await timeRequests(`${baseUrl}${first}`, loop) },
    { name, path: deep, latency: await timeRequests(`${baseUrl}${deep}`, loop) },
    { name: `${name} (its SQL, uncached)`, path: deep, latency: await timeCalls(replayer(pool, statements), loop) },
  ];
}

export async function measureOverview(baseUrl: string, loop: Loop): Promise<PageFigure> {
  return { name: "overview /", path: "/", latency: await timeRequests(`${baseUrl}/`, loop) };
}
