// The figures of issue 7 next to their targets, with PASS or MISS. Figures with
// no target (requests/s, the raw MB/s) are shown for context only.
import type { CsvFigure } from "./measure-csv";
import type { IngestFigure } from "./measure-ingest";
import type { LoadFigure } from "./measure-load";
import type { PageFigure, TimeseriesFigure } from "./measure-views";

export type BenchResults = {
  timeseries: TimeseriesFigure[];
  comparison: PageFigure[];
  csv: CsvFigure;
  overview: PageFigure;
  ingest: IngestFigure;
  load: LoadFigure;
};

export type FigureRow = { figure: string; value: string; target: string; result: "PASS" | "MISS" | "" };

const ms = (n: number) => `${n.toFixed(1)} ms`;
const check = (ok: boolean): "PASS" | "MISS" => (ok ? "PASS" : "MISS");

export function figureRows(r: BenchResults): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const t of r.timeseries) {
    rows.push({ figure: `timeseries, ${t.name}: API p50 / p95 (uncached)`, value: `${ms(t.api.p50)} / ${ms(t.api.p95)}`, target: "p95 <= 150 ms", result: check(t.api.p95 <= 150) });
    rows.push({ figure: `timeseries, ${t.name}: SQL p50 / p95`, value: `${ms(t.sql.p50)} / ${ms(t.sql.p95)}`, target: "", result: "" });
    rows.push({ figure: `timeseries, ${t.name}: API/SQL (p50, uncached)`, value: `${t.ratio.toFixed(2)} (+${ms(t.overheadMs)})`, target: "<= 1.2 or +3 ms", result: check(t.ratio <= 1.2 || t.overheadMs <= 3) });
    rows.push({ figure: `timeseries, ${t.name}: repeated (cached) p50 / p95`, value: `${ms(t.cached.p50)} / ${ms(t.cached.p95)}`, target: "", result: "" });
  }
  const [first, deep] = r.comparison;
  rows.push({ figure: `comparison by spread, ${first.name}: p50 / p95`, value: `${ms(first.latency.p50)} / ${ms(first.latency.p95)}`, target: "p95 <= 200 ms", result: check(first.latency.p95 <= 200) });
  rows.push({ figure: `comparison by spread, ${deep.name}: p50 / p95`, value: `${ms(deep.latency.p50)} / ${ms(deep.latency.p95)}`, target: "p95 <= 400 ms", result: check(deep.latency.p95 <= 400) });
  const { api, copy } = r.csv;
  rows.push({ figure: `claims.csv (${api.rows.toLocaleString("en")} rows, ${(api.bytes / 1048576).toFixed(0)} MB)`, value: `${api.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ figure: `COPY TO STDOUT (${copy.rows.toLocaleString("en")} rows, ${(copy.bytes / 1048576).toFixed(0)} MB)`, value: `${copy.mbPerSecond.toFixed(1)} MB/s`, target: "", result: "" });
  rows.push({ figure: "claims.csv / COPY throughput", value: r.csv.ratio.toFixed(2), target: ">= 0.8", result: check(r.csv.ratio >= 0.8) });
  rows.push({ figure: `server RSS during export (${r.csv.rssBeforeMb.toFixed(0)} -> peak ${r.csv.rssPeakMb.toFixed(0)} MB)`, value: `+${r.csv.rssGrowthMb.toFixed(0)} MB`, target: "< 100 MB", result: check(r.csv.rssGrowthMb < 100) });
  rows.push({ figure: "overview page HTML: p50 / p95", value: `${ms(r.overview.latency.p50)} / ${ms(r.overview.latency.p95)}`, target: "p95 <= 300 ms", result: check(r.overview.latency.p95 <= 300) });
  rows.push({ figure: `ingest (${r.ingest.reports} reports, ${r.ingest.claims} claims)`, value: `${r.ingest.reportsPerSecond.toFixed(1)} reports/s`, target: ">= 100 reports/s", result: check(r.ingest.reportsPerSecond >= 100) });
  const l = r.load;
  rows.push({ figure: `load ${l.connections} conn x ${l.seconds} s /api/timeseries (repeated, cached): req/s`, value: l.requestsPerSecond.toFixed(1), target: ">= 1000", result: check(l.requestsPerSecond >= 1000) });
  rows.push({ figure: "load: p50 / p99 latency", value: `${ms(l.p50Ms)} / ${ms(l.p99Ms)}`, target: "p99 <= 100 ms", result: check(l.p99Ms <= 100) });
  rows.push({ figure: `load: errors (4xx ${l.status4xx}, 5xx ${l.status5xx}, timeouts ${l.timeouts})`, value: String(l.errors), target: "0", result: check(l.errors === 0) });
  return rows;
}
