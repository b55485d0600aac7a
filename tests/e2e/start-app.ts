// Starts the app as `npm start` does (scripts/start.ts), on its own port and data
// folder, for the browser tests that need a server of their own (a first start).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect } from "./fixtures";

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type StartedApp = { child: ChildProcess; output: () => string };

/** Starts the app with the embedded PostgreSQL in `dataDir` (no DATABASE_URL) and waits until it serves. */
export async function startApp(dataDir: string, port: number, extraEnv: Record<string, string> = {}): Promise<StartedApp> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await expect.poll(() => output, { timeout: 120_000, intervals: [250] }).toContain("Casualty claims is running at");
  return { child, output: () => output };
}

/** SIGTERM, as Ctrl-C would; resolves with the exit code. */
export async function stopApp({ child }: StartedApp): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}
