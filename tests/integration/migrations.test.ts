import { cp, mkdtemp, mkdir, writeFile, appendFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readLocalMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../fixtures/database";
import { sql } from "../fixtures/sql";

let db: TestDatabase | null = null;
afterEach(async () => {
  await db?.drop();
  db = null;
});


async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cc-migrations-"));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("npm run db:migrate (the migration runner)", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    db = await createTestDatabase({ migrated: false });
    const local = await readLocalMigrations();
    const first = await applyMigrations(db.url);
    expect(first.applied).toEqual(local.map((m) => m.name));
    const second = await applyMigrations(db.url);
    expect(second.applied).toEqual([]);
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      db.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(local.map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses to continue when an applied migration's file has changed", async () => {
    db = await createTestDatabase({ migrated: false });
    const dir = await copyOfMigrations();
    await applyMigrations(db.url, dir);
    const [first] = await readLocalMigrations(dir);
    await appendFile(path.join(dir, first.name, "migration.sql"), "\n-- edited afterwards\n");
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(MigrationError);
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("applies a migration only once when two runners start together", async () => {
    db = await createTestDatabase({ migrated: false });
    const results = await Promise.all([applyMigrations(db.url), applyMigrations(db.url), applyMigrations(db.url)]);
    const local = await readLocalMigrations();
    expect(results.flatMap((r) => r.applied).sort()).toEqual(local.map((m) => m.name).sort());
    const rows = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(local.length);
  });

  it("rolls a failing migration back completely and names it", async () => {
    db = await createTestDatabase({ migrated: false });
    const dir = await copyOfMigrations();
    const bad = path.join(dir, "29991231000000_broken");
    await mkdir(bad);
    await writeFile(path.join(bad, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n`);
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
    const tables = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables[0].n).toBe(0);
    const recorded = await sql<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name LIKE '%broken'`);
    expect(recorded[0].n).toBe(0);
  });
});
