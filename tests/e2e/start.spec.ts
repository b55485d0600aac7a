// `npm start` on a machine with no DATABASE_URL: the embedded PostgreSQL starts with
// the app, the seeds are imported once, SIGTERM stops both, and a second start
// reuses the data without importing again.
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { freePort, startApp as start, stopApp as stop } from "./start-app";

test.describe("npm start without DATABASE_URL", () => {
  test.setTimeout(240_000);
  let dataDir: string;

  test.beforeAll(async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "cc-start-"));
    await chmod(parent, 0o755); // the embedded server runs as `postgres` under root
    dataDir = path.join(parent, "data");
  });
  test.afterAll(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  test("imports the seeds once, stops cleanly on SIGTERM, and keeps the data for the next start", async ({ request }) => {
    const port = await freePort();
    const first = await start(dataDir, port);
    expect(first.output()).toContain("Started the embedded PostgreSQL");
    expect(first.output()).toMatch(/First run: imported 5 seed report\(s\) with \d+ claim\(s\)\./);
    const reports = await (await request.get(`http://localhost:${port}/api/reports`)).json();
    expect(reports.total).toBe(5);

    expect(await stop(first)).toBe(0);
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid")), "the database stopped with the app").toBe(false);

    const second = await start(dataDir, port);
    try {
      expect(second.output()).not.toContain("First run");
      const again = await (await request.get(`http://localhost:${port}/api/reports`)).json();
      expect(again.total).toBe(5);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  });
});
