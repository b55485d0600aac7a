// Applies prisma/migrations/*/migration.sql in order and records each in
// _prisma_migrations exactly as Prisma Migrate does (name, sha256 checksum,
// timestamps), so `prisma migrate deploy` agrees where its engine exists.
// Why our own runner: Prisma's schema engine is a native download this project
// cannot rely on. Differences from Prisma, on purpose: each migration runs in one
// transaction together with its bookkeeping row, so a failed migration leaves
// nothing half-applied behind and can simply be fixed and re-run.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** The key Prisma Migrate itself locks on, so our runner and Prisma's exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

export class MigrationError extends Error {}

export type LocalMigration = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; total: number };

export async function readLocalMigrations(dir = MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function applyMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const local = await readLocalMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await ensureMigrationsTable(client);
      const done = await readAppliedMigrations(client);
      checkHistory(local, done);
      const applied: string[] = [];
      for (const migration of local) {
        if (done.has(migration.name)) continue;
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      return { applied, total: local.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  // The same DDL Prisma Migrate uses.
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

async function readAppliedMigrations(client: pg.Client): Promise<Map<string, AppliedRow>> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return new Map(rows.map((r) => [r.migration_name, r]));
}

function checkHistory(local: LocalMigration[], done: Map<string, AppliedRow>): void {
  const byName = new Map(local.map((m) => [m.name, m]));
  for (const row of done.values()) {
    const file = byName.get(row.migration_name);
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} was started but never finished. Inspect the database, then mark it rolled back in _prisma_migrations.`,
      );
    }
    if (!file) {
      throw new MigrationError(
        `Migration ${row.migration_name} is applied to this database but missing from prisma/migrations: restore it.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was changed after it was applied (checksum differs). Restore the original file and put the change in a new migration.`,
      );
    }
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    const reason = err instanceof Error ? err.message : String(err);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
