// npm run db:migrate - apply pending migrations to DATABASE_URL (or the embedded database).
import { ConfigError, readEnv } from "@/lib/env";
import { applyMigrations, MigrationError } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";

async function main(): Promise<void> {
  const db = await provisionDatabase(readEnv(), console.log);
  try {
    const { applied, total } = await applyMigrations(db.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}.` : "Nothing to apply.");
    console.log(`${total} migration(s) in place.`);
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError || err instanceof MigrationError ? err.message : `db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
