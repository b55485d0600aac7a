// npm run bench:cache [-- --seconds 20 --connections 50]
// Cached reads under load, on the benchmark database (npm run bench:data first): the
// production server, 50 connections on /api/timeseries, four ways: the same view over
// and over (served from the read cache), the same view revalidated with If-None-Match
// (304s), the same view as a browser asks for it (compressed), and a mix of 100 different filter combinations starting cold (each first read
// computes from PostgreSQL, later ones come from the cache). Prints requests/s and
// latencies; not a test: the figures depend on the machine and what else runs on it.
import { parseArgs } from "node:util";
import pg from "pg";
import { getFreePort } from "@/lib/db/free-port";
import { ConfigError } from "@/lib/env";
import { ensureNextBuild } from "@/lib/runtime/ensure-build";
import { runMain } from "@/lib/runtime/run-main";
import { BENCH_DATABASE, openBenchServer } from "@/lib/bench/bench-database";
import { timeseriesFilterMix } from "@/lib/bench/filter-mix";
import { measureLoad, type LoadFigure } from "@/lib/bench/measure-load";
import { startProductionServer, type RunningServer } from "@/lib/bench/server-process";
import { formatTable } from "@/lib/bench/table";

const log = (line: string) => console.error(line);
/** What a browser sends with every request: a cached answer then goes out compressed (br), from the copy kept beside it. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, connections: { type: "string", default: "50" } } });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  await ensureNextBuild(log);
  const db = await openBenchServer(log);
  let app: RunningServer | null = null;
  try {
    const pool = new pg.Pool({ connectionString: db.benchUrl, max: 1 });
    const claims = await pool
      .query<{ n: number }>("SELECT count(*)::int AS n FROM claims")
      .then((r) => r.rows[0].n)
      .catch(() => 0)
      .finally(() => pool.end());
    if (!claims) throw new ConfigError(`The benchmark database ${BENCH_DATABASE} is missing or empty: run \`npm run bench:data\` first.`);
    app = await startProductionServer(db.benchUrl, await getFreePort(), 4 * 60 * 60_000); // the first start after a 10M load fills every estimate
    const view = `${app.baseUrl}/api/timeseries`;
    const first = await fetch(view);
    const etag = first.headers.get("etag") ?? "";
    await first.arrayBuffer();
    const mix = timeseriesFilterMix(100);

    log(`1/4 the same view, ${connections} connections, ${seconds} s…`);
    const repeated = await measureLoad(view, connections, seconds);
    log("2/4 the same view as a browser asks for it (Accept-Encoding: gzip, deflate, br)…");
    const compressed = await measureLoad(view, connections, seconds, { headers: BROWSER_HEADERS });
    log("3/4 the same view revalidated (If-None-Match → 304)…");
    const revalidated = await measureLoad(view, connections, seconds, { headers: { "if-none-match": etag } });
    log(`4/4 a mix of ${mix.length} filter combinations, from cold…`);
    const mixed = await measureLoad(app.baseUrl, connections, seconds, { paths: mix });

    const row = (name: string, f: LoadFigure) => [name, f.requestsPerSecond.toLocaleString("en", { maximumFractionDigits: 0 }), `${f.p50Ms} ms`, `${f.p99Ms} ms`, String(f.errors), f.loadGeneratorCores.toFixed(2)];
    console.log(`\nCached reads on ${BENCH_DATABASE} (${claims.toLocaleString("en")} claims), ${connections} connections, ${seconds} s each\n`);
    console.log(
      formatTable(
        ["load", "requests/s", "p50", "p99", "errors", "autocannon CPU (cores)"],
        [row("/api/timeseries, the same view", repeated), row("the same view, compressed (br)", compressed), row("the same view, If-None-Match (304)", revalidated), row(`a mix of ${mix.length} filter combinations, cold start`, mixed)],
      ),
    );
  } finally {
    await app?.stop();
    await db.stop();
  }
}

runMain("bench:cache", main);
