// npm run db:migrate - apply pending migrations to DATABASE_URL (or the embedded database).
import { readEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/migrate";
import { provisionDatabase } from "@/lib/db/provision";
import { runMain } from "@/lib/runtime/run-main";

runMain("db:migrate", async () => {
  const db = await provisionDatabase(readEnv(), console.log);
  try {
    const { applied, total } = await applyMigrations(db.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}.` : "Nothing to apply.");
    console.log(`${total} migration(s) in place.`);
  } finally {
    await db.stop();
  }
});
