// The embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset.
import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { sql } from "../fixtures/sql";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** A fresh folder for a data directory; readable by the postgres user, as .data/ is. */
async function freshDataDir(): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), "cc-embedded-"));
  await chmod(parent, 0o755);
  dirs.push(parent);
  return path.join(parent, "postgres");
}


describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a second start", async () => {
    const dataDir = await freshDataDir();
    const first = await startEmbeddedPostgres({ dataDir });
    await sql(first.urlFor("postgres"), "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      expect(second.reused).toBe(false);
      const rows = await sql<{ v: string }>(second.urlFor("postgres"), "SELECT v FROM kept");
      expect(rows).toEqual([{ v: "still here" }]);
    } finally {
      await second.stop();
    }
  });

  it("reuses a server already running on the same data folder, and leaves it running", async () => {
    const dataDir = await freshDataDir();
    const owner = await startEmbeddedPostgres({ dataDir });
    try {
      const guest = await startEmbeddedPostgres({ dataDir });
      expect(guest.reused).toBe(true);
      expect(guest.port).toBe(owner.port);
      await guest.stop();
      expect(await sql(owner.urlFor("postgres"), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await owner.stop();
    }
  });

  it.runIf(process.getuid?.() === 0)("explains which folder the postgres user cannot enter", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), "cc-embedded-closed-"));
    dirs.push(parent);
    await expect(startEmbeddedPostgres({ dataDir: path.join(parent, "postgres") })).rejects.toThrow(
      `PostgreSQL runs as the "postgres" user, who cannot enter ${parent}`,
    );
  });

  it.runIf(process.getuid?.() === 0)("runs the server as the postgres user when started by root", async () => {
    const dataDir = await freshDataDir();
    const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
    try {
      const pid = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0];
      const user = execFileSync("ps", ["-o", "user=", "-p", pid], { encoding: "utf8" }).trim();
      expect(user).toBe("postgres");
    } finally {
      await server.stop();
    }
  });
});
