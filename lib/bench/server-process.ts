// The production server as users run it: `scripts/start.ts` in a child process
// (it migrates, fills missing estimates, then runs `next start`). Its output is
// passed through to stderr; ready is the line start.ts prints once /api/health answers.
import { spawn, type ChildProcess } from "node:child_process";
import { descendantsOf } from "./process-memory";

export type RunningServer = { baseUrl: string; pid: number; stop(): Promise<void> };

const READY = "Casualty claims is running at";

export async function startProductionServer(databaseUrl: string, port: number, timeoutMs: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server: RunningServer = { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
  try {
    await waitForReady(child, timeoutMs);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let tail = "";
    const timer = setTimeout(() => reject(new Error(`the server was not ready after ${timeoutMs / 1000} s:\n${tail}`)), timeoutMs);
    const onData = (data: Buffer) => {
      const text = data.toString();
      process.stderr.write(text.replace(/^(?=.)/gm, "  [server] "));
      tail = (tail + text).slice(-2000);
      if (tail.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? `code ${code}`}) before it was ready:\n${tail}`));
    });
  });
}

/**
 * SIGTERM, as Ctrl-C would (start.ts then stops Next.js, which lets open requests
 * finish); if that hangs, SIGKILL for the whole tree we started, Next.js included.
 */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const pid of descendantsOf(child.pid!)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    child.kill("SIGKILL");
  }, 60_000);
  await exited;
  clearTimeout(timer);
}
