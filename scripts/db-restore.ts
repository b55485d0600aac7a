// npm run db:restore -- FILE - replace the database's contents with a db:backup file
import { existsSync } from "node:fs";
import { restoreDatabase } from "@/lib/db/backup";
import { provisionDatabase } from "@/lib/db/provision";
import { ConfigError, readEnv } from "@/lib/env";
import { runMain } from "@/lib/runtime/run-main";

runMain("db:restore", async () => {
  const file = process.argv[2];
  if (!file) throw new ConfigError("Usage: npm run db:restore -- FILE (a file made by npm run db:backup)");
  if (!existsSync(file)) throw new ConfigError(`There is no backup file ${file}.`);
  const db = await provisionDatabase(readEnv());
  try {
    await restoreDatabase(db.url, file);
    console.log(`Restored ${file}.`);
  } finally {
    await db.stop();
  }
});
