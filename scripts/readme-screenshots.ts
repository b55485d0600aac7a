// npm run screenshots - regenerates the README's pictures (public/readme/*.png, 1400x1000)
// from a throwaway database: the seed and dev corpora ingested, UCDP GED 19.1 imported,
// the production server started as `npm start` starts it, each page opened in Chromium.
// Needs ../shared beside the checkout (SHARED_DIR elsewhere) and a built app (npm start builds one).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { getFreePort } from "@/lib/db/free-port";
import { resolveSharedDir } from "@/lib/evaluation";
import { runCommand } from "@/lib/runtime/run-command";
import { runMain } from "@/lib/runtime/run-main";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "public", "readme");
const VIEWPORT = { width: 1400, height: 1000 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const DATASET = "UCDP GED 19.1";

/** The pages the README shows, each opened at the view it describes. */
function pages(eventId: number): { file: string; url: string; ready: string }[] {
  const dataset = encodeURIComponent(DATASET);
  return [
    { file: "overview.png", url: "/?from=2015-01-01&to=2015-12-31&bin=week", ready: ".recharts-surface" },
    { file: "compare.png", url: "/compare", ready: "table" },
    { file: "map.png", url: `/map?dataset=${dataset}&from=2016-01-01&to=2016-12-31`, ready: "svg[aria-labelledby=map-title]" },
    { file: "event.png", url: `/events/${eventId}`, ready: "h1" },
  ];
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const started = Date.now();
  while (!output.includes("is running at")) {
    if (child.exitCode !== null) throw new Error(`the app exited before serving:\n${output}`);
    if (Date.now() - started > 300_000) throw new Error(`the app did not start within 5 minutes:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () => new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
  return { child, stop };
}

/** The event with the most independent claimants: the page that shows the most working. */
async function busiestEvent(base: string): Promise<number> {
  const res = await fetch(`${base}/api/comparison?outcome=killed&sort=claimants&dir=desc&pageSize=1`);
  const body = (await res.json()) as { rows?: { eventId: number }[] };
  const id = body.rows?.[0]?.eventId;
  if (!id) throw new Error(`no event to show: /api/uncertainty answered ${res.status}`);
  return id;
}

async function main(): Promise<number> {
  const shared = resolveSharedDir(ROOT);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cc-screenshots-"));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as "postgres" when we are root
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SHARED_DIR: shared };
  delete env.DATABASE_URL;
  const cli = (script: string, args: string[]) =>
    runCommand(process.execPath, ["--conditions=react-server", "--import", "tsx", "--import", "./lib/runtime/prepare-prisma-client.ts", script, ...args], env);
  try {
    await cli("scripts/ingest.ts", [path.join(shared, "corpus", "seeds"), path.join(shared, "corpus", "dev")]);
    await cli("scripts/import-dataset.ts", [path.join(shared, "data", "real", "ucdp_ged_syria_2016_2019_v19_1.csv"), "--name", DATASET]);
    const port = await getFreePort();
    const server = await startServer({ ...env, PORT: String(port) });
    const base = `http://localhost:${port}`;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      for (const shot of pages(await busiestEvent(base))) {
        await page.goto(base + shot.url, { waitUntil: "networkidle" });
        await page.locator(shot.ready).first().waitFor({ timeout: 30_000 });
        await page.screenshot({ path: path.join(OUT, shot.file) });
        console.log(`${shot.file}: ${shot.url}`);
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return 0;
}

runMain("screenshots", main);
