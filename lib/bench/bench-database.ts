// The benchmark's own database, cc_bench, on the server the app would use: the one
// of DATABASE_URL when set, else the embedded PostgreSQL of DATA_DIR. The user's
// database is only ever used to reach the server, never written to.
import { ConfigError, readEnv } from "@/lib/env";
import { withDatabase } from "@/lib/db/databases";
import { provisionDatabase } from "@/lib/db/provision";

export const BENCH_DATABASE = "cc_bench";
/**
 * The copy of cc_bench one run measures, dropped after it: every run starts from the same
 * data, whatever earlier runs ingested. Before this, each run's 2,600 ingested copies of
 * the corpus reports stayed, and piled into the events their explicit dates name (an
 * event of 488 claims after a few runs), so each run's ingest re-estimated bigger piles
 * than the last: 163 and 139 reports/s on cc_bench after one run, against 209-239 on fresh
 * copies of the same data.
 */
export const RUN_DATABASE = "cc_bench_run";

export type BenchServer = {
  /** A database on the same server to run CREATE/DROP DATABASE from. */
  adminUrl: string;
  benchUrl: string;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
};

export async function openBenchServer(log: (line: string) => void): Promise<BenchServer> {
  const env = readEnv();
  if (env.DATABASE_URL && new URL(env.DATABASE_URL).pathname.replace(/^\//, "") === BENCH_DATABASE) {
    throw new ConfigError(`DATABASE_URL names ${BENCH_DATABASE}, the benchmark's own database: point it at your app's database instead.`);
  }
  const db = await provisionDatabase(env, log);
  const adminUrl = db.embedded ? db.embedded.urlFor("postgres") : db.url;
  return { adminUrl, benchUrl: withDatabase(adminUrl, BENCH_DATABASE), stop: () => db.stop() };
}

/** The URL without its password, for log lines. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
