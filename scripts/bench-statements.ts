// npm run bench:statements [-- --statements 2000]
// What one statement of a write costs this process's CPU (and the wall clock) through
// the two ways into the estimates lock (lib/mutations/with-estimates-lock.ts): Prisma's
// interactive transaction, and withEstimatesSql's pg client (lib/db/sql-runner.ts).
// The same read-only statement, with a small JSON parameter and with one the size of a
// 250-report batch's claims (1,500 rows, about 480 KB), on the benchmark server's
// `postgres` database (no data needed). Prints microseconds per statement; not a test.
import { parseArgs } from "node:util";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { sqlRunner, type SqlRunner } from "@/lib/db/sql-runner";
import { runMain } from "@/lib/runtime/run-main";
import { openBenchServer } from "@/lib/bench/bench-database";
import { formatTable } from "@/lib/bench/table";

const log = (line: string) => console.error(line);

function payload(rows: number): string {
  return JSON.stringify(Array.from({ length: rows }, (_, id) => ({ id, quote: "Ten members of the pro-regime forces were killed on Thursday. ".repeat(5) })));
}

async function timed(statements: number, run: () => Promise<void>): Promise<{ cpuUs: number; wallUs: number }> {
  await run(); // warm: the same statement once before the clock
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < statements; i++) await run();
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / statements, wallUs: ((performance.now() - started) * 1000) / statements };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { statements: { type: "string", default: "2000" } } });
  const statements = Number(values.statements);
  const db = await openBenchServer(log);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.adminUrl, max: 1 }) });
  const pool = new pg.Pool({ connectionString: db.adminUrl, max: 1 });
  try {
    const rows: string[][] = [];
    for (const [name, json] of [["small (10 rows)", payload(10)], ["a batch's claims (1,500 rows)", payload(1500)]] as const) {
      const statement = (tx: SqlRunner) => () => tx.$queryRaw(Prisma.sql`SELECT count(*)::int AS n FROM jsonb_to_recordset(${json}::jsonb) AS r(id int, quote text)`).then(() => {});
      const n = json.length > 10_000 ? Math.max(10, Math.round(statements / 20)) : statements;
      const viaPrisma = await prisma.$transaction((tx) => timed(n, statement(tx)), { timeout: 600_000 });
      const client = await pool.connect();
      let viaPg: { cpuUs: number; wallUs: number };
      try {
        await client.query("BEGIN");
        viaPg = await timed(n, statement(sqlRunner(client)));
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
      rows.push([name, `${Math.round(json.length / 1024)} KB`, String(n), `${viaPrisma.cpuUs.toFixed(0)} / ${viaPrisma.wallUs.toFixed(0)}`, `${viaPg.cpuUs.toFixed(0)} / ${viaPg.wallUs.toFixed(0)}`]);
    }
    console.log(formatTable(["parameter", "size", "statements", "Prisma tx: CPU / wall µs", "pg client: CPU / wall µs"], rows));
  } finally {
    await prisma.$disconnect();
    await pool.end();
    await db.stop();
  }
}

runMain("bench:statements", main);
