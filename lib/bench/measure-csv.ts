// Figure 3: the claims CSV export through the API against PostgreSQL's own
// COPY ... TO STDOUT of the same rows and columns, and the server's memory meanwhile.
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CONVENTIONS, DEFAULT_CONVENTION } from "@/lib/extraction/conventions";
import { sampleTreeMemory } from "./process-memory";

export type Throughput = { bytes: number; rows: number; seconds: number; mbPerSecond: number };
export type CsvFigure = { api: Throughput; copy: Throughput; ratio: number; rssBeforeMb: number; rssPeakMb: number; rssGrowthMb: number };

const MB = 1024 * 1024;

function throughput(bytes: number, newlines: number, started: number): Throughput {
  const seconds = (performance.now() - started) / 1000;
  return { bytes, rows: Math.max(0, newlines - 1), seconds, mbPerSecond: bytes / MB / seconds };
}

function countNewlines(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/** The same columns, in the same order, as lib/csv/view-columns.ts CLAIM_COLUMNS (vague counts by the default convention). */
function copySql(): string {
  const conv = Object.entries(CONVENTIONS[DEFAULT_CONVENTION].values).map(([term, n]) => `('${term.replace(/'/g, "''")}', ${n})`);
  return `COPY (
    SELECT c.id, c.report_id AS "reportId", r.title AS "reportTitle", o.name AS outlet, cl.name AS claimant, s.key AS side,
           c.outcome, c.qualifier, c.number_text AS "numberText",
           CASE WHEN c.qualifier = 'vague' AND conv.term IS NOT NULL THEN conv.n ELSE c.low END AS low, c.high,
           CASE WHEN c.qualifier = 'vague' AND conv.term IS NOT NULL THEN conv.n ELSE c.point END AS point,
           COALESCE(pl.name, c.place_text) AS location, c.period_start AS "periodStart", c.period_end AS "periodEnd", c.scope, c.event_id AS "eventId",
           c.span_start AS "spanStart", c.span_end AS "spanEnd", c.place_text AS "locationAsWritten", c.quote
    FROM claims c JOIN reports r ON r.id = c.report_id LEFT JOIN places pl ON pl.id = c.place_id JOIN outlets o ON o.id = c.outlet_id
    JOIN claimants cl ON cl.id = c.claimant_id JOIN sides s ON s.id = c.side_id
    LEFT JOIN (VALUES ${conv.join(", ")}) AS conv(term, n) ON conv.term = c.vague_term
    WHERE c.review_status <> 'rejected' ORDER BY c.id
  ) TO STDOUT WITH (FORMAT csv, HEADER)`;
}

async function apiExport(url: string): Promise<Throughput> {
  const started = performance.now();
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`GET ${url} answered ${res.status}`);
  let bytes = 0;
  let newlines = 0;
  const reader = res.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.length;
    newlines += countNewlines(next.value);
  }
  return throughput(bytes, newlines, started);
}

async function copyExport(pool: pg.Pool): Promise<Throughput> {
  const client = await pool.connect();
  try {
    const started = performance.now();
    let bytes = 0;
    let newlines = 0;
    for await (const chunk of client.query(copyTo(copySql())) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      newlines += countNewlines(chunk);
    }
    return throughput(bytes, newlines, started);
  } finally {
    client.release();
  }
}

export async function measureCsv(baseUrl: string, pool: pg.Pool, serverPid: number): Promise<CsvFigure> {
  const memory = sampleTreeMemory(serverPid, 100);
  const api = await apiExport(`${baseUrl}/api/claims.csv`);
  const { before, peak } = memory.stop();
  const copy = await copyExport(pool);
  return { api, copy, ratio: api.mbPerSecond / copy.mbPerSecond, rssBeforeMb: before / MB, rssPeakMb: peak / MB, rssGrowthMb: (peak - before) / MB };
}
