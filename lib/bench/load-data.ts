// Loads the generated data set with COPY, in FK order per batch (reports, then
// the events that batch opened, then its claims), all in one transaction that
// starts by truncating the tables: COPY FREEZE needs that, and a failed load
// leaves nothing half-written.
import pg from "pg";
import type { ConflictProfile } from "@/lib/profiles/schema";
import { catalogCopies, CLAIM_COPY, EVENT_COPY, REPORT_COPY, type CopyTable } from "./copy-format";
import { copyLines } from "./copy-writer";
import { BenchDataGenerator } from "./generator";
import { Progress } from "@/lib/runtime/progress";
import { createIndexes, dropSecondaryIndexes } from "./secondary-indexes";

export type LoadOptions = { claims: number; seed: number; dropIndexes: boolean; reportsPerBatch?: number; log: (line: string) => void };
export type LoadCounts = { outlets: number; claimants: number; places: number; reports: number; events: number; claims: number };
export type LoadResult = { counts: LoadCounts; copySeconds: number; indexSeconds: number; analyzeSeconds: number };

const TABLES = ["outlets", "claimants", "places", "reports", "events", "claims"];

function* lines<T>(table: CopyTable<T>, rows: T[], now: string): Generator<string> {
  for (const row of rows) yield table.line(row, now);
}

export async function loadBenchData(url: string, profile: ConflictProfile, sideIds: Map<string, number>, options: LoadOptions): Promise<LoadResult> {
  const generator = new BenchDataGenerator({ claims: options.claims, seed: options.seed, profile, sideIds });
  const now = new Date().toISOString();
  const counts: LoadCounts = { outlets: 0, claimants: 0, places: 0, reports: 0, events: 0, claims: 0 };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // More memory for the index builds; no fsync wait at commit (the data is regenerable).
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query("SET synchronous_commit = off");
    await client.query("BEGIN");
    await client.query(`TRUNCATE ${TABLES.join(", ")} CASCADE`);
    const dropped = options.dropIndexes ? await dropSecondaryIndexes(client, ["reports", "events", "claims"]) : [];
    const freeze = { freeze: true };
    for (const c of catalogCopies({ outlets: generator.outlets, claimants: generator.claimants, places: generator.places }, now)) {
      counts[c.table as keyof LoadCounts] = await copyLines(client, c.table, c.columns, c.lines, freeze);
    }
    const copyStarted = performance.now();
    const progress = new Progress("claims", options.claims);
    for (let batch = generator.nextBatch(options.reportsPerBatch ?? 2000); batch; batch = generator.nextBatch(options.reportsPerBatch ?? 2000)) {
      counts.reports += await copyLines(client, REPORT_COPY.table, REPORT_COPY.columns, lines(REPORT_COPY, batch.reports, now), freeze);
      counts.events += await copyLines(client, EVENT_COPY.table, EVENT_COPY.columns, lines(EVENT_COPY, batch.events, now), freeze);
      counts.claims += await copyLines(client, CLAIM_COPY.table, CLAIM_COPY.columns, lines(CLAIM_COPY, batch.claims, now), freeze);
      progress.update(counts.claims);
    }
    progress.finish(counts.claims);
    const copySeconds = (performance.now() - copyStarted) / 1000;

    const indexStarted = performance.now();
    if (dropped.length) options.log(`Rebuilding ${dropped.length} secondary indexes…`);
    await createIndexes(client, dropped, options.log);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    // Ids came from the generator: move each sequence past them so the app's inserts do not collide.
    for (const table of TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT max(id) FROM ${table}), 1))`, [table]);
    }
    await client.query("COMMIT");

    const analyzeStarted = performance.now();
    await client.query(`ANALYZE ${TABLES.join(", ")}, sides`);
    return { counts, copySeconds, indexSeconds, analyzeSeconds: (performance.now() - analyzeStarted) / 1000 };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
