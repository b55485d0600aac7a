// Backups with PostgreSQL's own tools: pg_dump's custom format, restored by
// pg_restore in one transaction (a failed restore changes nothing). The client
// tools must match the server's major version (the embedded server is 15, as is
// Debian's postgresql-client).
import { spawn } from "node:child_process";
import pg from "pg";

export class BackupError extends Error {}

function run(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (err: NodeJS.ErrnoException) =>
      reject(new BackupError(err.code === "ENOENT" ? `${tool} is not installed: install PostgreSQL's client tools (apt-get install postgresql-client).` : err.message)),
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed: ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}

export function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  return run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** Replaces what the database holds with the backup's contents. */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  const before = await readDataVersion(databaseUrl);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
  await moveDataVersionPast(databaseUrl, before);
}

// The backup brings its own data version back, maybe one a running server already
// filed other data under (cached answers, ETags). So the version moves past both.
async function readDataVersion(databaseUrl: string): Promise<string | null> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ version: string | null }>(`SELECT CASE WHEN to_regclass('data_version') IS NULL THEN NULL ELSE (SELECT version::text FROM data_version WHERE id = 1) END AS version`);
    return rows[0]?.version ?? null;
  });
}

async function moveDataVersionPast(databaseUrl: string, before: string | null): Promise<void> {
  await withClient(databaseUrl, (client) =>
    client.query(`DO $$ BEGIN IF to_regclass('data_version') IS NOT NULL THEN UPDATE data_version SET version = GREATEST(version, ${BigInt(before ?? "0")}) + 1 WHERE id = 1; END IF; END $$`),
  );
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
