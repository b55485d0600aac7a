// The figures of issue 15 next to their targets, with PASS or MISS. Figures with
// no target (requests/s, the raw MB/s) are shown for context only. Every row has a
// stable key, so runs at different sizes (1M and 10M claims) line up in one table.
import type { CsvFigure } from "./measure-csv";
import type { IngestFigure } from "./measure-ingest";
import type { ApiIngestFigure } from "./measure-api-ingest";
import type { LoadFigure } from "./measure-load";
import type { PageFigure, TimeseriesFigure } from "./measure-views";

export type BenchResults = {
  timeseries: TimeseriesFigure[];
  comparison: PageFigure[];
  monthPlace: PageFigure[];
  csv: CsvFigure;
  overview: PageFigure;
  ingest: IngestFigure;
  apiIngest: ApiIngestFigure;
  load: LoadFigure;
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

export function figureRows(r: BenchResults): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const t of r.timeseries) {
    const key = `timeseries.${slug(t.name)}`;
    rows.push({ key: `${key}.api`, figure: `/api/timeseries, ${t.name}: p50 / p95`, value: `${ms(t.api.p50)} / ${ms(t.api.p95)}`, target: "p95 <= 100 ms", result: check(t.api.p95 <= 100), p95Ms: t.api.p95 });
    rows.push({ key: `${key}.sql`, figure: `… its SQL through pg: p50 / p95`, value: `${ms(t.sql.p50)} / ${ms(t.sql.p95)}`, target: "", result: "" });
    const overhead = t.api.p50 - t.sql.p50;
    rows.push({ key: `${key}.ratio`, figure: `… API/SQL (p50)`, value: `${t.ratio.toFixed(2)} (+${overhead.toFixed(1)} ms)`, target: "<= 1.2 or <= 3 ms", result: check(t.ratio <= 1.2 || overhead <= 3) });
  }
  const [first, ...deeper] = r.comparison;
  rows.push({ key: "comparison.first", figure: `/api/comparison by spread, ${first.name}: p50 / p95`, value: `${ms(first.latency.p50)} / ${ms(first.latency.p95)}`, target: "p95 <= 200 ms", result: check(first.latency.p95 <= 200), p95Ms: first.latency.p95 });
  // The API answers a repeated view from its read cache: the targets are checked on the view's own queries, uncached.
  for (const f of [...deeper, ...r.monthPlace]) {
    const uncached = f.name.includes("uncached");
    const monthPlace = f.name.startsWith("month");
    const limit = uncached ? (monthPlace ? 300 : 100) : null;
    const key = `${monthPlace ? "month-place" : "comparison.deep"}.${uncached ? "sql" : "api"}`;
    rows.push({ key, figure: `comparison, ${f.name.replace(/page [\d,]+ of [\d,]+/, "the middle page")}: p50 / p95`, value: `${ms(f.latency.p50)} / ${ms(f.latency.p95)}`, target: limit ? `p95 <= ${limit} ms` : "", result: limit ? check(f.latency.p95 <= limit) : "", p95Ms: f.latency.p95 });
  }
  const { api, copy } = r.csv;
  rows.push({ key: "csv.api", figure: `claims.csv: rows, MB, MB/s`, value: `${api.rows.toLocaleString("en")}, ${(api.bytes / 1048576).toFixed(0)} MB, ${api.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ key: "csv.copy", figure: `the same rows by COPY TO STDOUT: MB/s`, value: `${copy.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ key: "csv.ratio", figure: "claims.csv / COPY throughput", value: r.csv.ratio.toFixed(2), target: ">= 0.8", result: check(r.csv.ratio >= 0.8) });
  rows.push({ key: "csv.rss", figure: "server memory growth during the export", value: `+${r.csv.rssGrowthMb.toFixed(0)} MB`, target: "< 100 MB", result: check(r.csv.rssGrowthMb < 100) });
  rows.push({ key: "overview", figure: "overview page HTML: p50 / p95", value: `${ms(r.overview.latency.p50)} / ${ms(r.overview.latency.p95)}`, target: "p95 <= 300 ms", result: check(r.overview.latency.p95 <= 300), p95Ms: r.overview.latency.p95 });
  const i = r.ingest;
  rows.push({ key: "ingest", figure: `ingest through extraction and storage, as npm run ingest (${i.reports} reports)`, value: `${i.reportsPerSecond.toFixed(1)} reports/s (${(i.reports / i.cpuSeconds).toFixed(0)} per CPU-second)`, target: ">= 200 reports/s", result: check(i.reportsPerSecond >= 200) });
  const a = r.apiIngest;
  rows.push({ key: "ingest.api", figure: `ingest through POST /api/reports (${a.reports} reports, ${a.concurrency} clients)`, value: `${a.reportsPerSecond.toFixed(1)} reports/s (p95 ${ms(a.latency.p95)})`, target: ">= 200 reports/s", result: check(a.reportsPerSecond >= 200) });
  const l = r.load;
  rows.push({ key: "load.rps", figure: `${l.connections} connections x ${l.seconds} s on /api/timeseries: requests/s`, value: l.requestsPerSecond.toFixed(0), target: ">= 1000", result: check(l.requestsPerSecond >= 1000) });
  rows.push({ key: "load.latency", figure: "… p50 / p99", value: `${ms(l.p50Ms)} / ${ms(l.p99Ms)}`, target: "p99 <= 100 ms", result: check(l.p99Ms <= 100) });
  rows.push({ key: "load.errors", figure: `… errors (4xx ${l.status4xx}, 5xx ${l.status5xx}, timeouts ${l.timeouts})`, value: String(l.errors), target: "0", result: check(l.errors === 0) });
  return rows;
}
