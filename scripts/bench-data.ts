// npm run bench:data -- --claims 1000000 [--seed 42] [--keep-indexes]
// Generates the synthetic benchmark data set into its own database, cc_bench (never
// the app's), on the DATABASE_URL server or the embedded one: dropped, recreated,
// migrated, then loaded with COPY. See lib/bench/generator.ts for what the data holds.
import { parseArgs } from "node:util";
import { getPrisma } from "@/lib/db/client";
import { dropDatabase, ensureDatabase } from "@/lib/db/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { ensureProfileSides } from "@/lib/mutations/ensure-profile-sides";
import { getProfile } from "@/lib/profiles";
import { BENCH_DATABASE, openBenchServer, redactUrl } from "@/lib/bench/bench-database";
import { loadBenchData } from "@/lib/bench/load-data";
import { runMain } from "@/lib/runtime/run-main";

const log = (line: string) => console.error(line);

function readOptions() {
  const { values } = parseArgs({
    options: { claims: { type: "string", default: "1000000" }, seed: { type: "string", default: "42" }, "keep-indexes": { type: "boolean", default: false } },
  });
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!Number.isInteger(claims) || claims < 1) throw new Error(`--claims must be a positive whole number, not "${values.claims}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  return { claims, seed, dropIndexes: !values["keep-indexes"] };
}

async function main(): Promise<void> {
  const options = readOptions();
  const started = performance.now();
  const server = await openBenchServer(log);
  try {
    log(`Recreating ${BENCH_DATABASE} at ${redactUrl(server.benchUrl)}…`);
    await dropDatabase(server.adminUrl, BENCH_DATABASE);
    await ensureDatabase(server.adminUrl, BENCH_DATABASE);
    await applyMigrations(server.benchUrl);
    process.env.DATABASE_URL = server.benchUrl; // getPrisma() reads it on first use
    const profile = getProfile();
    const sideIds = await ensureProfileSides(getPrisma(), profile);
    await getPrisma().$disconnect();

    const result = await loadBenchData(server.benchUrl, profile, sideIds, { ...options, log });
    const c = result.counts;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `bench:data: ${c.claims.toLocaleString("en")} claims, ${c.reports.toLocaleString("en")} reports, ${c.events.toLocaleString("en")} events, ` +
        `${c.outlets} outlets, ${c.claimants} claimants, ${c.places} places (seed ${options.seed}) into ${BENCH_DATABASE} in ${seconds.toFixed(1)} s ` +
        `(COPY ${result.copySeconds.toFixed(1)} s, indexes ${result.indexSeconds.toFixed(1)} s, ANALYZE ${result.analyzeSeconds.toFixed(1)} s)`,
    );
  } finally {
    await server.stop();
  }
}

runMain("bench:data", main);
