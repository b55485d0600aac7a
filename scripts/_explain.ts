import { readFileSync } from "node:fs";
import pg from "pg";
import { openBenchServer } from "@/lib/bench/bench-database";
const server = await openBenchServer(() => {});
const { text, values } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const c = new pg.Client(server.benchUrl); await c.connect();
await c.query("BEGIN");
for (let i = 0; i < 2; i++) { await c.query("SAVEPOINT s"); const q = text.replace(/INSERT INTO event_estimates[^)]*\)/, ""); const r = await c.query(`EXPLAIN (ANALYZE, COSTS OFF) ${q}`, values); await c.query("ROLLBACK TO s"); if (i) console.log(r.rows.map((x: any) => x["QUERY PLAN"]).join("\n")); }
await c.query("ROLLBACK"); await c.end(); await server.stop(); process.exit(0);
