import { openBenchServer } from "@/lib/bench/bench-database";
import { applyMigrations } from "@/lib/db/migrate";
import { getPrisma } from "@/lib/db/client";
import { fillMissingEstimates } from "@/lib/mutations/refresh-event-estimates";
const log = (l: string) => console.error(new Date().toISOString(), l);
const db = await openBenchServer(log);
try {
  const t0 = performance.now();
  const r = await applyMigrations(db.benchUrl);
  log(`migrations ${r.applied.join(",")} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.env.DATABASE_URL = db.benchUrl;
  const t1 = performance.now();
  const missing = await fillMissingEstimates(getPrisma());
  log(`filled ${missing} in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
  await getPrisma().$disconnect();
} finally {
  await db.stop();
}
