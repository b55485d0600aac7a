// The figures of issue 15 next to their targets, with PASS or MISS. Figures with
// no target (requests/s, the raw MB/s) are shown for context only. Every row has a
// stable key, so runs at different sizes (1M and 10M claims) line up in one table.
import type { CsvFigure } from "./measure-csv";
import type { IngestFigure } from "./measure-ingest";
import type { ApiIngestFigure } from "./measure-api-ingest";
import type { LoadFigure } from "./measure-load";
import type { PageFigure, TimeseriesFigure } from "./measure-views";
import type { LatencySummary } from "./percentiles";

export type BenchResults = {
  timeseries: TimeseriesFigure[];
  comparison: PageFigure[];
  monthPlace: PageFigure;
  csv: CsvFigure;
  overview: PageFigure;
  ingest: IngestFigure;
  apiIngest: ApiIngestFigure;
  /** Absent from runs before POST /api/reports/bulk. */
  apiBulkIngest?: ApiIngestFigure;
  load: LoadFigure;
  loadMix: LoadFigure;
};

export type FigureRow = {
  /** Stable across runs and sizes: what the README table joins on. */
  key: string;
  figure: string;
  value: string;
  target: string;
  result: "PASS" | "MISS" | "";
  /** A view's p95 in ms: its growth from 1M to 10M claims is held to at most 2x. */
  p95Ms?: number;
};

const ms = (n: number) => `${n.toFixed(1)} ms`;
const check = (ok: boolean): "PASS" | "MISS" => (ok ? "PASS" : "MISS");
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A view computed afresh (the first read after a write): its p95 is held to `limit` and its growth to 2x. */
function view(key: string, figure: string, latency: LatencySummary, limit: number): FigureRow {
  return { key, figure: `${figure}: p50 / p95`, value: `${ms(latency.p50)} / ${ms(latency.p95)}`, target: `p95 <= ${limit} ms`, result: check(latency.p95 <= limit), p95Ms: latency.p95 };
}

function loadRows(key: string, what: string, l: LoadFigure, targets: boolean): FigureRow[] {
  return [
    { key: `${key}.rps`, figure: `${l.connections} connections x ${l.seconds} s, ${what}: requests/s`, value: `${l.requestsPerSecond.toFixed(0)} (load generator ${l.loadGeneratorCores.toFixed(2)} cores)`, target: targets ? ">= 1000" : "", result: targets ? check(l.requestsPerSecond >= 1000) : "" },
    { key: `${key}.latency`, figure: "… p50 / p99", value: `${ms(l.p50Ms)} / ${ms(l.p99Ms)}`, target: targets ? "p99 <= 100 ms" : "", result: targets ? check(l.p99Ms <= 100) : "" },
    { key: `${key}.errors`, figure: "… errors (non-2xx other than 304, timeouts)", value: `${l.errors} (4xx ${l.status4xx}, 5xx ${l.status5xx}, timeouts ${l.timeouts})`, target: "0", result: check(l.errors === 0) },
  ];
}

export function figureRows(r: BenchResults): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const t of r.timeseries) {
    const key = `timeseries.${slug(t.name)}`;
    rows.push(view(`${key}.api`, `/api/timeseries, ${t.name}, computed`, t.api, 100));
    rows.push({ key: `${key}.sql`, figure: "… its SQL through pg: p50 / p95", value: `${ms(t.sql.p50)} / ${ms(t.sql.p95)}`, target: "", result: "" });
    rows.push({ key: `${key}.ratio`, figure: "… API/SQL (p50)", value: `${t.ratio.toFixed(2)} (+${ms(t.overheadMs)})`, target: "<= 1.2 or <= +3 ms", result: check(t.ratio <= 1.2 || t.overheadMs <= 3) });
    rows.push({ key: `${key}.cached`, figure: "… repeated (a cache hit): p50 / p95", value: `${ms(t.cached.p50)} / ${ms(t.cached.p95)}`, target: "", result: "" });
  }
  const [first, deep] = r.comparison;
  rows.push(view("comparison.first", `/api/comparison by spread, ${first.name}`, first.latency, 200));
  rows.push(view("comparison.deep", "/api/comparison by spread, the middle page by cursor", deep.latency, 100));
  rows.push(view("month-place", `/api/comparison, ${r.monthPlace.name}`, r.monthPlace.latency, 300));
  const { api, copy } = r.csv;
  rows.push({ key: "csv.api", figure: "/api/claims.csv: rows, MB, MB/s", value: `${api.rows.toLocaleString("en")}, ${(api.bytes / 1048576).toFixed(0)} MB, ${api.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ key: "csv.copy", figure: "the same rows by COPY TO STDOUT: MB/s", value: `${copy.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ key: "csv.ratio", figure: "claims.csv / COPY throughput", value: r.csv.ratio.toFixed(2), target: ">= 0.8", result: check(r.csv.ratio >= 0.8) });
  rows.push({ key: "csv.rss", figure: "server memory growth during the export", value: `+${r.csv.rssGrowthMb.toFixed(0)} MB`, target: "< 100 MB", result: check(r.csv.rssGrowthMb < 100) });
  rows.push(view("overview", "overview page HTML, computed", r.overview.latency, 300));
  const i = r.ingest;
  rows.push({ key: "ingest", figure: `ingest through extraction and storage, as npm run ingest (${i.reports} reports)`, value: `${i.reportsPerSecond.toFixed(1)} reports/s (${(i.reports / i.cpuSeconds).toFixed(0)} per CPU-second)`, target: ">= 200 reports/s", result: check(i.reportsPerSecond >= 200) });
  const a = r.apiIngest;
  rows.push({ key: "ingest.api", figure: `ingest through POST /api/reports (${a.reports} reports, ${a.concurrency} clients)`, value: `${a.reportsPerSecond.toFixed(1)} reports/s (p95 ${ms(a.latency.p95)})`, target: ">= 200 reports/s", result: check(a.reportsPerSecond >= 200) });
  const b = r.apiBulkIngest;
  if (b) {
    rows.push({ key: "ingest.api-bulk", figure: `ingest through POST /api/reports/bulk (${b.reports} reports, ${b.perRequest} a request, ${b.concurrency} clients)`, value: `${b.reportsPerSecond.toFixed(1)} reports/s (p95 ${ms(b.latency.p95)} a request)`, target: ">= 200 reports/s", result: check(b.reportsPerSecond >= 200) });
  }
  rows.push(...loadRows("load", "/api/timeseries, a repeated view", r.load, true));
  rows.push(...loadRows("load-mix", "a mix of 100 time-series views, cache cold", r.loadMix, false));
  return rows;
}
