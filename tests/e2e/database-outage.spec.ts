// The database goes away under the running production app (`npm start`): pages
// answer 503 with the readable "Database unavailable" page, a CSV export answers
// 503 before any CSV, a download cut after its first rows ends with a broken
// connection rather than a short file, and the app serves again once the database
// is back. The app reaches its own database through a TCP relay this test cuts and
// restores, so the shared e2e database is never touched.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { dropDatabase, ensureDatabase, withDatabase } from "../../lib/db/databases";
import { expect, test } from "./fixtures";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A TCP relay to the database that can be cut (every connection dropped, new ones refused) and restored on the same port. */
class DatabaseRelay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(readonly port: number, private target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }
}

async function query(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** GET with Node's own client: how the body ended ("end" only when the chunked body closed properly). */
function download(url: string, onFirstChunk: () => Promise<void>): Promise<{ status: number; ending: "end" | "aborted"; bytes: number }> {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let bytes = 0;
      let first = true;
      let settled = false;
      const settle = (ending: "end" | "aborted") => {
        if (!settled) resolve({ status: res.statusCode!, ending, bytes });
        settled = true;
      };
      res.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (!first) return;
        first = false;
        res.pause();
        onFirstChunk().then(
          () => res.resume(),
          (err: unknown) => {
            res.destroy();
            reject(err);
          },
        );
      });
      res.on("end", () => settle(res.complete ? "end" : "aborted"));
      res.on("error", () => settle("aborted"));
      res.on("close", () => settle(res.complete ? "end" : "aborted"));
    }).on("error", reject);
  });
}

test.describe("when the database goes away under npm start", () => {
  test.setTimeout(240_000);
  test.use({ expectedConsoleErrors: [/status of 503/] }); // Chromium logs the 503 document itself

  const adminUrl = process.env.TEST_ADMIN_URL;
  const name = `cc_e2e_outage_${randomBytes(4).toString("hex")}`;
  let relay: DatabaseRelay;
  let app: ChildProcess;
  let base: string;

  test.beforeAll(async () => {
    test.skip(!adminUrl, "needs the test PostgreSQL that `npm test` starts");
    await ensureDatabase(adminUrl!, name, process.env.TEST_TEMPLATE_DATABASE);
    const target = new URL(adminUrl!);
    relay = new DatabaseRelay(await freePort(), { host: target.hostname, port: Number(target.port) });
    await relay.open();
    const viaRelay = new URL(withDatabase(adminUrl!, name));
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = String(relay.port);

    const port = await freePort();
    base = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: viaRelay.toString(), PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
    delete env.ADMIN_EMAIL;
    delete env.ADMIN_PASSWORD;
    app = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    app.stdout!.on("data", (d) => (output += d));
    app.stderr!.on("data", (d) => (output += d));
    await expect.poll(() => output, { timeout: 180_000, intervals: [250] }).toContain("Casualty claims is running at");

    // Enough claims for a download of about 20 MB, far beyond what the sockets buffer.
    const real = withDatabase(adminUrl!, name);
    const columns = (await query(real, "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims' AND column_name <> 'id'")).rows
      .map((c: { column_name: string }) => `"${c.column_name}"`)
      .join(", ");
    await query(real, `INSERT INTO claims (${columns}) SELECT ${columns} FROM claims, generate_series(1, 60000 / (SELECT count(*) FROM claims) + 1)`);
  });

  test.afterAll(async () => {
    test.setTimeout(60_000);
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await relay?.cut();
    if (adminUrl) await dropDatabase(adminUrl, name);
  });

  test("a claims download cut after its first rows ends with a broken connection, not a short file", async () => {
    const cutCopy = async () => {
      const { rows } = await query(adminUrl!, `SELECT pid FROM pg_stat_activity WHERE datname = '${name}' AND backend_type = 'client backend' AND query LIKE 'COPY%'`);
      expect(rows, "the COPY is still running on the server").toHaveLength(1);
      await query(adminUrl!, `SELECT pg_terminate_backend(${rows[0].pid})`);
    };
    const cut = await download(`${base}/api/claims.csv`, cutCopy);
    expect(cut.status).toBe(200);
    expect(cut.ending).toBe("aborted");

    const whole = await download(`${base}/api/claims.csv`, async () => {});
    expect(whole).toMatchObject({ status: 200, ending: "end" });
    expect(whole.bytes).toBeGreaterThan(cut.bytes);
  });

  test("pages answer 503 with the readable page, CSV 503 in JSON, and both serve again when the database is back", async ({ page, request }) => {
    expect((await request.get(`${base}/`)).status()).toBe(200);
    await relay.cut();
    try {
      for (const path of ["/", "/claims", "/compare", "/uncertainty", "/reports", "/datasets"]) {
        const res = await request.get(`${base}${path}`);
        expect(res.status(), path).toBe(503);
        expect(await res.text(), path).toContain("Database unavailable");
      }
      const shown = await page.goto(`${base}/claims`);
      expect(shown?.status()).toBe(503);
      await expect(page.getByRole("heading", { level: 1, name: "Database unavailable" })).toBeVisible();

      for (const path of ["/api/claims.csv", "/api/reports.csv", "/api/uncertainty.csv"]) {
        const csv = await request.get(`${base}${path}`);
        expect(csv.status(), path).toBe(503);
        expect(csv.headers()["content-type"], path).toMatch(/^application\/json/);
        expect((await csv.json()).error.code, path).toBe("db_unavailable");
      }
    } finally {
      await relay.open();
    }
    await expect.poll(async () => (await request.get(`${base}/claims`)).status(), { timeout: 20_000 }).toBe(200);
    const back = await page.goto(`${base}/`);
    expect(back?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Reported casualties" })).toBeVisible();
  });
});
