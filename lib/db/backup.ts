// Backups with PostgreSQL's own tools: pg_dump's custom format, restored by
// pg_restore in one transaction (a failed restore changes nothing). The client
// tools must match the server's major version (the embedded server is 15, as is
// Debian's postgresql-client).
import { spawn } from "node:child_process";

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
export function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  return run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
}
