// npm test - every test against a real PostgreSQL, then the browser tests against
// the production build. Never touches the user's data: the cluster is a throwaway
// one (TEST_DATABASE_URL may name a server to create throwaway databases on).
// Ends with one line "N passed, N failed".
//   --no-e2e    unit and integration tests only
//   --e2e-only  browser tests only
//   other words are passed to Vitest as file filters (npm test -- --no-e2e migrations),
//   or with --e2e-only to Playwright as spec filters (npm test -- --e2e-only map)
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dropDatabase, ensureDatabase, withDatabase } from "@/lib/db/databases";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded-postgres";
import { getFreePort } from "@/lib/db/free-port";
import { applyMigrations } from "@/lib/db/migrate";
import { MEASURED_FILE } from "@/lib/evaluation/measured-figures";
import { ensureNextBuild, ensurePrismaClient } from "@/lib/runtime/ensure-build";
import { runCommand } from "@/lib/runtime/run-command";
import { tracedFilesInside } from "@/lib/runtime/traced-files";

const TEMPLATE = "cc_test_template";
const E2E_DATABASE = "cc_e2e";
const RESULTS = path.join(process.cwd(), ".data", "test-results");
const args = new Set(process.argv.slice(2));
const fileFilters = process.argv.slice(2).filter((a) => !a.startsWith("--"));

type Counts = { passed: number; failed: number; skipped: number };

async function main(): Promise<number> {
  await ensurePrismaClient(console.log);
  mkdirSync(RESULTS, { recursive: true });
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = path.join(os.tmpdir(), `cc-test-pg-${process.pid}-${Date.now()}`);
    server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    adminUrl = server.urlFor("postgres");
    console.log(`Test PostgreSQL (throwaway) on port ${server.port}`);
  }
  const stop = async () => {
    await server?.stop();
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));

  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    await dropDatabase(adminUrl, TEMPLATE);
    await ensureDatabase(adminUrl, TEMPLATE);
    await applyMigrations(withDatabase(adminUrl, TEMPLATE));
    const testEnv = { ...process.env, TEST_ADMIN_URL: adminUrl, TEST_TEMPLATE_DATABASE: TEMPLATE, DATABASE_URL: "" };

    if (!args.has("--e2e-only") && fileFilters.length === 0) add(totals, await runEvalCheck());
    if (!args.has("--e2e-only")) add(totals, await runVitest(testEnv));
    if (!args.has("--no-e2e")) {
      await ensureNextBuild(console.log);
      add(totals, checkBuildTrace());
      await dropDatabase(adminUrl, E2E_DATABASE);
      await ensureDatabase(adminUrl, E2E_DATABASE); // empty: the app's own start migrates and imports the seeds
      const port = await getFreePort();
      add(totals, await runPlaywright({ ...testEnv, E2E_DATABASE_URL: withDatabase(adminUrl, E2E_DATABASE), E2E_PORT: String(port) }));
    }
  } finally {
    await stop();
  }
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  return totals.failed > 0 || totals.passed === 0 ? 1 : 0;
}

/** The build must not trace the data directory (.data holds test results here, a database on a user's machine). */
function checkBuildTrace(): Counts {
  const traced = tracedFilesInside(path.join(process.cwd(), ".next"), path.join(process.cwd(), ".data"));
  console.log(`\nThe production build traces ${traced.length ? `${traced.length} file(s) of .data, e.g. ${traced[0]}: FAILED` : "no file of .data: passed"}`);
  return { passed: traced.length ? 0 : 1, failed: traced.length ? 1 : 0, skipped: 0 };
}

function add(into: Counts, from: Counts): void {
  into.passed += from.passed;
  into.failed += from.failed;
  into.skipped += from.skipped;
}

/**
 * The extractor's targets, throughput included, measured in a process of its own (not beside parallel test files).
 * The same run rewrites the figures the about and claims pages show when they moved, so they never go stale.
 */
async function runEvalCheck(): Promise<Counts> {
  console.log(`\nExtractor targets (npm run eval -- --check --json-out ${MEASURED_FILE}):`);
  const ok = await runCommand(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--check", "--json-out", MEASURED_FILE]).then(() => true, () => false);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

async function runVitest(env: NodeJS.ProcessEnv): Promise<Counts> {
  const out = path.join(RESULTS, "vitest.json");
  rmSync(out, { force: true });
  await runCommand(process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...fileFilters, "--reporter=default", "--reporter=json", `--outputFile=${out}`], env).catch(() => {});
  if (!existsSync(out)) return { passed: 0, failed: 1, skipped: 0 }; // vitest itself crashed
  const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean; numFailedTestSuites: number };
  // A file that fails to load counts as a failure even when none of its tests ran.
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numFailedTests === 0 && report.numFailedTestSuites > 0 ? report.numFailedTestSuites : 0), skipped: report.numPendingTests + report.numTodoTests };
}

async function runPlaywright(env: NodeJS.ProcessEnv): Promise<Counts> {
  const out = path.join(RESULTS, "playwright.json");
  rmSync(out, { force: true });
  await runCommand(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...(args.has("--e2e-only") ? fileFilters : [])], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out }).catch(() => {});
  if (!existsSync(out)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const setupFailed = expected + unexpected + flaky === 0 && (report.errors?.length ?? 0) > 0;
  return { passed: expected + flaky, failed: unexpected + (setupFailed ? 1 : 0), skipped };
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`npm test could not run: ${err instanceof Error ? err.message : String(err)}`);
    console.log("\n0 passed, 1 failed");
    process.exit(1);
  },
);
