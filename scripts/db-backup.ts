// npm run db:backup [-- FILE] - pg_dump of the database (DATABASE_URL or the embedded one)
// into FILE, by default .data/backups/casualty-claims-<timestamp>.dump
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "@/lib/db/backup";
import { provisionDatabase } from "@/lib/db/provision";
import { readEnv } from "@/lib/env";
import { runMain } from "@/lib/runtime/run-main";

runMain("db:backup", async () => {
  const env = readEnv();
  const file = process.argv[2] ?? path.join(env.DATA_DIR, "backups", `casualty-claims-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = await provisionDatabase(env);
  try {
    await backupDatabase(db.url, file);
    console.log(`Backed up to ${file} (${(statSync(file).size / 1024).toFixed(0)} KB).`);
  } finally {
    await db.stop();
  }
});
